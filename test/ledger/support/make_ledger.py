#!/usr/bin/env python3
"""Writes a 整改台账 with openpyxl (Debian python3-openpyxl), the way an office's Excel ledger looks:
a title row, two header rows with merged cells, a 问题类别 merged down its rows, a problem merged over its
two measures, dates as Excel serials (with a date format, and one bare integer), a second hidden-free sheet.
Usage: make_ledger.py out.xlsx"""
import sys
from datetime import date
from openpyxl import Workbook

wb = Workbook()
notes = wb.active
notes.title = "说明"
notes["A1"] = "本表由县委巡察整改办公室维护"
ws = wb.create_sheet("整改台账")
ws.append(["某某县委巡察反馈问题整改台账"])
ws.merge_cells("A1:I1")
ws.append(["序号", "问题类别", "问题（具体表现）", "整改措施", "责任", None, "整改时限", "整改情况", None])
ws.append([None, None, None, None, "责任领导", "责任单位", None, "整改进展", "是否销号"])
for col in "ABCDG":
    ws.merge_cells(f"{col}2:{col}3")
ws.merge_cells("E2:F2")
ws.merge_cells("H2:I2")
rows = [
    [1, "党的政治建设方面", "学习贯彻上级决策部署不够深入", "制定理论学习中心组年度学习计划", "王明", "县委办", date(2024, 6, 30), "已完成", "是"],
    [None, None, None, "建立督查台账，按月通报落实情况", "王明", "县委督查室", 45504, "持续推进", "否"],
    [2, None, "意识形态工作责任制落实不到位", "开展意识形态工作专项检查", "李华", "县委宣传部", date(2024, 5, 31), "已完成", "是"],
    [3, "全面从严治党方面", "基层监督存在薄弱环节", "整合监督力量，开展交叉检查", "赵强", "县纪委县监委", "2024年9月30日", "基本完成", "否"],
    [4, None, "违反中央八项规定精神问题时有发生", "开展作风建设专项整治", "赵强", "县纪委县监委", date(2024, 12, 31), "长期坚持", "否"],
]
for r in rows:
    ws.append(r)
for cell in ("G4", "G6", "G8"):
    ws[cell].number_format = "yyyy/m/d"
ws.merge_cells("B4:B6")
ws.merge_cells("C4:C5")
ws.merge_cells("A4:A5")
ws.merge_cells("B7:B8")
wb.active = 1
wb.save(sys.argv[1])
