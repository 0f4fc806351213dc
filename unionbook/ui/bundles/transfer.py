"""After a 转出: offer the electronic membership-transfer slip (会籍接转单), encrypted to the receiving union."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from unionbook.services.bundles.transfer import transfer_out
from unionbook.services.members.records import get_member, member_history
from unionbook.store import Database
from unionbook.ui.kit.ops import run_op


def offer_transfer_slip(parent: QWidget, db: Database, member_id: int) -> Path | None:
    member = get_member(db, member_id)
    to_union = next((e.other_union for e in reversed(member_history(db, member_id)) if e.other_union), "")
    answer = QMessageBox.question(parent, QCoreApplication.translate("transfer", "会籍接转单"), QCoreApplication.translate("transfer",
        "还要为“{0}”生成电子会籍接转单吗？\n接转单加密发给“{1}”，对方导入后会员连同会籍记录转入，"
        "对方的回执导入本会后，本会记录显示“已转出（对方已接收）”。\n需要对方工会的公钥文件。").format(member.name, to_union))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    key, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("transfer", "选择对方工会的公钥文件"), str(db.path.parent),
                                         QCoreApplication.translate("transfer", "公钥文件 (*.json *.key);;所有文件 (*)"))
    if not key:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("transfer", "保存会籍接转单"),
                                          str(db.path.parent / QCoreApplication.translate("transfer", "接转单-{0}.ubx").format(member.name)),
                                          QCoreApplication.translate("transfer", "数据包 (*.ubx)"))
    if not name:
        return None
    written: list[Path] = []
    run_op(parent, lambda: written.append(transfer_out(db, member_id, to_union, Path(name),
                                                       recipient_file=Path(key)).file),
           touches={"member", "bundle"}, title=QCoreApplication.translate("transfer", "未能生成接转单"))
    if not written:
        return None
    QMessageBox.information(parent, QCoreApplication.translate("transfer", "会籍接转单"), QCoreApplication.translate("transfer", "已保存：{0}\n请交给“{1}”（U 盘或聊天软件均可，文件已加密）。").format(
        written[0], to_union))
    return written[0]
