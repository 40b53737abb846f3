window.REPORTSITE_INDEX={"p":[["hue","Thành phố Huế"],["quang-binh","Tỉnh Quảng Bình"],["quang-tri","Tỉnh Quảng Trị"]],"k":["Cơ quan","Doanh nghiệp","Cơ sở giáo dục"],"u":[
["dien-luc-quang-binh","Công ty Điện lực Quảng Bình",1,1],
["dien-luc-quang-tri","Công ty Điện lực Quảng Trị",1,2],
["so-xay-dung-hue","Sở Xây dựng thành phố Huế",0,0],
["thpt-quoc-hoc-hue","Trường THPT chuyên Quốc Học Huế",2,0],
["truong-dh-quang-binh","Trường Đại học Quảng Bình",2,1]],"d":[["ct-03-ubnd-hue","Chỉ thị 03/CT-UBND","Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc"],["nq-51-tw","Nghị quyết 51-NQ/TW","Chiến lược bảo vệ an ninh quốc gia"]],"r":[["bao-cao-2024","Báo cáo kết quả năm 2024"],["bao-cao-2025","Báo cáo tổng kết năm 2025"]],"g":[["gioi-thieu","Giới thiệu"]]};
