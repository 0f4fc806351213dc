"""After a 转出: offer the electronic membership-transfer slip (会籍接转单), encrypted to the receiving union."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from unionbook.errors import UnionBookError
from unionbook.services.bundles.transfer import transfer_out
from unionbook.services.members.records import get_member, member_history
from unionbook.store import Database
from unionbook.ui.kit.common import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("transfer", text)


def offer_transfer_slip(parent: QWidget, db: Database, member_id: int) -> Path | None:
    member = get_member(db, member_id)
    to_union = next((e.other_union for e in reversed(member_history(db, member_id)) if e.other_union), "")
    answer = QMessageBox.question(parent, _tr("会籍接转单"), _tr(
        "还要为“{0}”生成电子会籍接转单吗？\n接转单加密发给“{1}”，对方导入后会员连同会籍记录转入，"
        "对方的回执导入本会后，本会记录显示“已转出（对方已接收）”。\n需要对方工会的公钥文件。").format(member.name, to_union))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    key, _ = QFileDialog.getOpenFileName(parent, _tr("选择对方工会的公钥文件"), str(db.path.parent),
                                         _tr("公钥文件 (*.json *.key);;所有文件 (*)"))
    if not key:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, _tr("保存会籍接转单"),
                                          str(db.path.parent / _tr("接转单-{0}.ubx").format(member.name)),
                                          _tr("数据包 (*.ubx)"))
    if not name:
        return None
    try:
        sent = transfer_out(db, member_id, to_union, Path(name), recipient_file=Path(key))
    except UnionBookError as exc:
        show_error(parent, exc, _tr("未能生成接转单"))
        return None
    QMessageBox.information(parent, _tr("会籍接转单"), _tr("已保存：{0}\n请交给“{1}”（U 盘或聊天软件均可，文件已加密）。").format(
        sent.file, to_union))
    return sent.file
