<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt 6 strings that qtbase_zh_CN.qm lacks in the form Qt asks for them (its file dialog labels carry
     mnemonics, "&Look in:", while the shipped translation has "Look in:"). Built into qtgaps_zh_CN.qm with
     pyside6-lrelease; loaded by unionbook/ui/app.py after qtbase_zh_CN. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
