window.REPORTSITE_INDEX={"p":[["tinh-ben","Tỉnh Bên"],["tinh-cu","Tỉnh Cũ"],["tinh-mau","Tỉnh Mẫu"]],"k":["Cơ quan","Doanh nghiệp","Cơ sở giáo dục"],"u":[
["dien-luc-ben","Công ty Điện lực tỉnh Bên",1,0],
["so-xay-dung","Sở Xây dựng tỉnh Mẫu",0,2],
["truong-thpt-mau","Trường THPT Mẫu",2,2],
["xi-nghiep-cu","Xí nghiệp Thủy lợi tỉnh Cũ",1,1]],"d":[["ct-01-ubnd","Chỉ thị 01/CT-UBND","Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường"]],"r":[["bao-cao-2025","Báo cáo kết quả năm 2025"]],"g":[["gioi-thieu","Giới thiệu"]]};
