window.REPORTSITE_INDEX={"p":[["an-giang","An Giang"],["bac-giang","Bắc Giang"],["bac-ninh","Bắc Ninh"],["ca-mau","Cà Mau"]],"k":["Cơ quan","Doanh nghiệp","Cơ sở giáo dục"],"u":[
["ag-1","Sở Tư pháp An Giang",0,0],
["ag-2","Trường THPT Long Xuyên",2,0],
["ag-3","Công ty Cấp nước An Giang",1,0],
["bg-1","Công ty Dệt Bắc Giang",1,1],
["bg-2","Trường THCS Đông Giang",2,1],
["bn-1","Công ty Điện lực Bắc Ninh",1,2],
["bn-2","Sở Y tế Bắc Ninh",0,2],
["bn-3","=HYPERLINK(\"x\") \u003cb\u003eĐội\u003c/b\u003e \u0026 \"Sao\"",0,2]],"d":[["nq-51-tw","Nghị quyết 51-NQ/TW","Chiến lược bảo vệ an ninh quốc gia"]],"r":[["bao-cao-2025","Báo cáo năm 2025 \u003cĐặc biệt\u003e \u0026 \"trích dẫn\" 🚀"]],"g":[["gioi-thieu","Giới thiệu"]]};
