<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../unionbook/ui/kit/files.py" line="26"/>
        <source>files</source>
        <comment>打开文件</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/files.py" line="27"/>
        <source>files</source>
        <comment>打开所在文件夹</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/files.py" line="28"/>
        <source>files</source>
        <comment>关闭</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="78"/>
        <source>截至月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="80"/>
        <source>至少欠几个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="82"/>
        <source>欠费单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="82"/>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="109"/>
        <source>全部单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="83"/>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="84"/>
        <source>查询欠费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="86"/>
        <source>记录教育谈话…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="87"/>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="135"/>
        <source>记录教育谈话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="89"/>
        <source>打印催缴名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="90"/>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="150"/>
        <source>打印催缴名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="93"/>
        <source>截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="93"/>
        <source>至少欠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="93"/>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="98"/>
        <source>欠费合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="99"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="99"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="99"/>
        <source>欠费月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="99"/>
        <source>欠费金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="100"/>
        <source>会费交至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="100"/>
        <source>欠费月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="100"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="100"/>
        <source>教育谈话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="102"/>
        <source>欠费名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="121"/>
        <source>连续欠费满6个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="122"/>
        <source>{0}次，最近 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="124"/>
        <source>截至{0}：欠费 {1} 人，合计 {2} 元；连续欠费满六个月 {3} 人（请先教育谈话，是否视为自动退会由工会委员会决定）。带 * 的金额不含没有工资记录的月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="135"/>
        <source>请先在名单中选中一名会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="151"/>
        <source>会费催缴名单-{0}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="154"/>
        <source>正在生成催缴名单…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="23"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="23"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="23"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="23"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="36"/>
        <source>应到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="36"/>
        <source>列席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="38"/>
        <source>已到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="38"/>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/attendees.py" line="38"/>
        <source>未到</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookSettingsDialog</name>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="79"/>
        <source>会费账设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="81"/>
        <source>会费账起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="81"/>
        <source>年-月，如2025-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="82"/>
        <source>（上级分成表待核实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="84"/>
        <source>所用规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="87"/>
        <source>会费账自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="88"/>
        <source>分成与慰问标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="89"/>
        <source>经费分成、慰问标准等数字取自本会选用的规则集，可在“规则”页更换规则集或核对来源。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="91"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="92"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="80"/>
        <source>上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="81"/>
        <source>接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="82"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="169"/>
        <source>下级工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="83"/>
        <source>本会密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="94"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="105"/>
        <source>上报年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="108"/>
        <source>正式上报（锁定该年度的会籍记录，之后只能补报）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="110"/>
        <source>不能生成的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="115"/>
        <source>上报前检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="117"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="117"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="117"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="117"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="117"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="147"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="118"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="118"/>
        <source>已发出的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="120"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="172"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="122"/>
        <source>检查是否齐全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="125"/>
        <source>登记上级工会…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="127"/>
        <source>生成年度报告包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="128"/>
        <source>生成同步包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="131"/>
        <source>导入回执…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="137"/>
        <source>上报前检查（不影响生成，但上级工会会看到；修改记录后自动重查）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="141"/>
        <source>已发出的数据包：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="147"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="147"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="147"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="148"/>
        <source>导入结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="149"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="149"/>
        <source>在以下工会重复入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="149"/>
        <source>重复入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="151"/>
        <source>选择数据包文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="152"/>
        <source>接收转入会员（接转单）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="157"/>
        <source>每个文件单独校验、单独导入；同一文件导入两次不会重复。回执保存在数据包旁边，请交回对方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="159"/>
        <source>同一身份证号在两个以上工会在册（一次入会原则）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="165"/>
        <source>汇总年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="167"/>
        <source>工会名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="167"/>
        <source>信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="167"/>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="167"/>
        <source>女会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="168"/>
        <source>农民工会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="168"/>
        <source>职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="168"/>
        <source>上报情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="168"/>
        <source>公钥指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="175"/>
        <source>登记下级工会…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="176"/>
        <source>导出汇总表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="186"/>
        <source>本会公钥指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="193"/>
        <source>本会公钥指纹（印在年度报告包封面上；对方登记本会前应核对）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="195"/>
        <source>把本会公钥文件交给上级工会或需要给本会发送接转单的工会。私钥保存在本会数据文件中，随备份一同保存，不会导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="196"/>
        <source>导出本会公钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="220"/>
        <source>收件方：{0}（指纹 {1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="221"/>
        <source>收件方：尚未登记上级工会。请先“登记上级工会…”，导入上级工会给的公钥文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="228"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="317"/>
        <source>年度报告包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="228"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="325"/>
        <source>同步包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="228"/>
        <source>会籍接转单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="229"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="334"/>
        <source>回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="230"/>
        <source>已发出，待回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="230"/>
        <source>已接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="230"/>
        <source>被拒收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="241"/>
        <source>不能生成数据包：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="257"/>
        <source>√ 齐全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="262"/>
        <source>未能检查：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="279"/>
        <source>已上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="279"/>
        <source>未上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="282"/>
        <source>合计：会员 {0} 人，女会员 {1} 人，农民工会员 {2} 人，职工 {3} 人；未上报 {4} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="288"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="329"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="338"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="357"/>
        <source>数据包 (*.ubx);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="296"/>
        <source>正式上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="297"/>
        <source>正式上报后，{0} 年的会籍记录将锁定，之后的更正只能以补报方式上报。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="300"/>
        <source>保存年度报告包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="300"/>
        <source>{0}年度报告.ubx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="304"/>
        <source>正在生成年度报告包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="305"/>
        <source>未能生成年度报告包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="308"/>
        <source>已生成：{0}
含 {1} 名会员的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="310"/>
        <source>（年末在册 {0} 人，另含年内转出、退会等 {1} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="312"/>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="314"/>
        <source>

请打印封面，由单位负责人、填表人签名并加盖公章后随数据包报送：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="316"/>
        <source>

尚不完整：
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="320"/>
        <source>保存同步包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="320"/>
        <source>同步包-{0}.ubx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="324"/>
        <source>正在生成同步包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="324"/>
        <source>未能生成同步包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="326"/>
        <source>已生成：{0}
含 {1} 名有变动的会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="329"/>
        <source>选择回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="333"/>
        <source>未能导入回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="337"/>
        <source>选择数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="344"/>
        <source>正在校验并导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="344"/>
        <source>未能导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="348"/>
        <source>已导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="349"/>
        <source>未变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="349"/>
        <source>此前已导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="350"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="356"/>
        <source>选择会籍接转单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="361"/>
        <source>未能接收转入会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="365"/>
        <source>接转单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="365"/>
        <source>该接转单此前已导入，会员“{0}”已在本会名册中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="368"/>
        <source>已转入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="369"/>
        <source>会员“{0}”已转入本会（来自“{1}”，指纹 {2}）。

回执已保存：{3}
请把回执交回对方工会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="373"/>
        <source>登记上级工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="377"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="384"/>
        <source>未能登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="380"/>
        <source>登记下级工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="388"/>
        <source>保存汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="389"/>
        <source>{0}年度汇总.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="390"/>
        <source>Excel 文件 (*.xlsx);;PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="395"/>
        <source>未能导出汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="396"/>
        <source>汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="396"/>
        <location filename="../../unionbook/ui/bundles/page.py" line="405"/>
        <source>已保存：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="399"/>
        <source>导出本会公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="400"/>
        <source>本会公钥.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="401"/>
        <source>公钥文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="404"/>
        <source>未能导出公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/page.py" line="405"/>
        <source>本会公钥</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="222"/>
        <source>← 移出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="228"/>
        <source>从会员名册选择（仅在册会员有被选举权）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="230"/>
        <source>候选人（按姓氏笔画为序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="235"/>
        <source>差额与构成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="254"/>
        <source>请先选择或设立一次选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="265"/>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="266"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="270"/>
        <source>（已开始计票，候选人不能再修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="271"/>
        <source>应选 {0} 名，候选人 {1} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="285"/>
        <source>不能修改候选人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="63"/>
        <source>查找图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="64"/>
        <source>书名、作者、ISBN、出版社或书名拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="69"/>
        <source>书目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="73"/>
        <location filename="../../unionbook/ui/library/page.py" line="103"/>
        <source>书名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="73"/>
        <location filename="../../unionbook/ui/library/page.py" line="104"/>
        <source>作者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="74"/>
        <location filename="../../unionbook/ui/library/page.py" line="105"/>
        <source>出版社</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="74"/>
        <source>定价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="74"/>
        <location filename="../../unionbook/ui/library/page.py" line="110"/>
        <source>捐赠人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="78"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="79"/>
        <location filename="../../unionbook/ui/library/page.py" line="106"/>
        <source>出版年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="81"/>
        <source>中图法分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="82"/>
        <source>（未分类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="86"/>
        <location filename="../../unionbook/ui/library/page.py" line="109"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="91"/>
        <location filename="../../unionbook/ui/library/page.py" line="111"/>
        <source>册数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="92"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="94"/>
        <source>导入配送书目…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="96"/>
        <source>打印新书条码标签…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="100"/>
        <source>登记结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="102"/>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="107"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="108"/>
        <source>定价（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="112"/>
        <source>登记图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="134"/>
        <source>%1 种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="151"/>
        <source>已登记《%1》%2 册：%3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="166"/>
        <source>已导入配送书目；如需撤销，可在“导入记录”中选择该批次撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="172"/>
        <source>上次打印后没有新登记的图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="174"/>
        <source>保存条码标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="174"/>
        <source>条码标签.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="29"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="34"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="34"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="34"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="34"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="41"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="48"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/change_log.py" line="51"/>
        <source>最近 {0} 条修改（最新的在前）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="264"/>
        <source>正在导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="265"/>
        <source>全部写入或全部不写入：取消后台账保持原样。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="269"/>
        <source>取消导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="271"/>
        <source>重新导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="293"/>
        <source>正在写入 {0} 种图书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="295"/>
        <source>正在写入 {0} 名会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="317"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionChart</name>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="137"/>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="137"/>
        <source>全体在册会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="149"/>
        <source>女职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="149"/>
        <source>一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="149"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="75"/>
        <source>计票表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="76"/>
        <source>增加票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="78"/>
        <source>删除票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="81"/>
        <source>另选人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="82"/>
        <source>增加另选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="92"/>
        <source>按票箱录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="102"/>
        <source>另选人姓名（多人用顿号或逗号分开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="104"/>
        <source>选票编号（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="105"/>
        <source>录入此票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="109"/>
        <source>删除所选选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="115"/>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="192"/>
        <source>发出选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="116"/>
        <source>另有无法录入的无效票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="118"/>
        <source>本张选票上画“○”的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="130"/>
        <source>逐张录入选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="132"/>
        <source>计算本轮结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="135"/>
        <source>撤销上一轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="138"/>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="139"/>
        <source>实到会人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="160"/>
        <source>请先选择或设立一次选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="172"/>
        <source>选举已结束，不需要再计票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="192"/>
        <source>收回选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="192"/>
        <source>无效票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="193"/>
        <source>第 1 号票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="201"/>
        <source>第 {0} 号票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="214"/>
        <source>本次选举不允许另选他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="240"/>
        <source>{0}“{1}”一栏应填非负整数，现为“{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="271"/>
        <source>编号 {0} 的选票已录入过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="275"/>
        <source>（空白票）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="278"/>
        <source>&#x3000;【无效：所选 {0} 人，多于应选 {1} 名】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="298"/>
        <source>已录入 {0} 张，其中无效 {1} 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="314"/>
        <source>本轮计票结果有误，未保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="105"/>
        <source>把下级工会报来的数据包文件（.ubx，可多个）拖到这里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="106"/>
        <source>数据包拖放区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <location filename="../../unionbook/ui/dues/page.py" line="25"/>
        <source>会费经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/page.py" line="30"/>
        <source>会费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/page.py" line="30"/>
        <source>欠费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/page.py" line="30"/>
        <source>经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/page.py" line="31"/>
        <source>收支账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesTab</name>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="51"/>
        <source>按单位记录工资代扣的会费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="52"/>
        <source>代扣单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="53"/>
        <source>代扣月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="54"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="62"/>
        <source>入账日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="55"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="56"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="138"/>
        <source>记录代扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="61"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="61"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="120"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="66"/>
        <source>导入工资表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="67"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="174"/>
        <source>导入工资表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="68"/>
        <source>按上面的月份导入单位工资表（姓名或身份证号、工资）；可在“导入记录”中撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="71"/>
        <source>会费账设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="72"/>
        <source>会费账设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="80"/>
        <source>会员交费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="81"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="107"/>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="81"/>
        <source>会员编号、会员证号或身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="85"/>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="86"/>
        <source>查找会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="88"/>
        <source>输入会员编号、会员证号或身份证号后按回车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="89"/>
        <source>会员会费情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="90"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="113"/>
        <source>月工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="90"/>
        <source>元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="91"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="170"/>
        <source>工资起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="92"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="93"/>
        <source>设定工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="95"/>
        <source>交费起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="96"/>
        <source>交费截止月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="97"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="115"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="121"/>
        <source>收据号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="98"/>
        <source>收款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="99"/>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="100"/>
        <source>收款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="110"/>
        <source>自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="115"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="116"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="119"/>
        <source>交费月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="120"/>
        <source>会费（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="120"/>
        <source>交费日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="120"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="122"/>
        <source>交费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="138"/>
        <source>请先选择单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="144"/>
        <source>正在记录{0}的代扣会费…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="147"/>
        <source>{0} {1}：记录 {2} 人，会费 {3} 元。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="150"/>
        <source>其中 {0} 人此前有欠费月份未交，请看“欠费”页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="152"/>
        <source>另有 {0} 人这个月的会费此前已记录，未重复记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="154"/>
        <source>未记录 {0} 人（没有工资记录）：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="175"/>
        <source>表格 (*.xlsx *.xls *.xlsb *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="182"/>
        <source>已导入工资表“{0}”（批次 {1}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="201"/>
        <source>未设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="203"/>
        <source>尚无交费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="204"/>
        <source>{0}（编号 {1}）  月工资 {2} 元  月会费 {3} 元  会费交至：{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="206"/>
        <source>现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="206"/>
        <source>代扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/dues_tab.py" line="230"/>
        <source>{0}交 {1} 个月会费 {2} 元。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionPage</name>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="176"/>
        <source>新建选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="176"/>
        <location filename="../../unionbook/ui/elections/page.py" line="293"/>
        <source>删除选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="176"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="197"/>
        <source>1 设立选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="198"/>
        <source>2 候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="199"/>
        <source>3 选举文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="200"/>
        <source>4 计票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="201"/>
        <source>5 选举结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="240"/>
        <source>{0}  {1}
{2} {3} 名 · {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="258"/>
        <source>在左侧选择一次选举，或在“设立选举”中新建。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="261"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}选举{2} {3} 名，选举人 {4} 人，候选人 {5} 名，{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="294"/>
        <source>删除“{0}”及其候选人和 {1} 轮计票记录？此操作记入变更历史，不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerSettingsDialog</name>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="32"/>
        <source>会费与经费设置：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="34"/>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="51"/>
        <source>单位类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="35"/>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="35"/>
        <source>机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="36"/>
        <source>事业单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="39"/>
        <source>计缴基数包括的工资项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="41"/>
        <source>已建立工会（未建会的单位缴纳建会筹备金）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="44"/>
        <source>经费收缴方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="48"/>
        <source>小微企业（可按返还政策申请返还上级部分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="52"/>
        <source>计缴基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="53"/>
        <source>奖金、津贴、补贴、稿费、劳保福利、社会保险待遇不计入会费基数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="55"/>
        <source>收缴方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="58"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/settings_dialog.py" line="59"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingChoice</name>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="30"/>
        <source>文件中的文字编码不一致，请选择读法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="33"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="33"/>
        <location filename="../../unionbook/ui/imports/encoding.py" line="39"/>
        <source>按 GB18030 读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="33"/>
        <location filename="../../unionbook/ui/imports/encoding.py" line="39"/>
        <source>按 UTF-8 读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="35"/>
        <source>两种读法对照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="40"/>
        <location filename="../../unionbook/ui/imports/encoding.py" line="81"/>
        <source>逐行自动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="48"/>
        <source>整个文件按 GBK/GB18030（中文 Windows 下 Excel 保存 CSV 的编码）读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="49"/>
        <source>整个文件按 UTF-8（WPS、网页和多数软件导出的编码）读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="50"/>
        <source>每一行按它有效的编码读取：能按 UTF-8 读通的行按 UTF-8，其余按 GBK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="53"/>
        <location filename="../../unionbook/ui/imports/encoding.py" line="54"/>
        <source>按所选读法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="73"/>
        <source>大部分行是 {0} 编码，但有 {1} 行像是 {2} 编码（第 {3} 行）。为免把姓名存成乱码，尚未读取任何数据。请对照下表中这些行的两种读法，看哪一种是正确的文字，再选择读法（“逐行自动”即每一行按它能读通的编码读取）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="80"/>
        <source>整个文件按 GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="80"/>
        <source>整个文件按 UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="82"/>
        <source>{0} 读不通：{1}，不能选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="84"/>
        <source>表中的“�”是按该编码读不通的字节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="92"/>
        <source>不能选：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="100"/>
        <source>已按“{0}”读取。请核对下方“示例”一栏的姓名等文字是否正确；如有乱码，可改选其他读法后重新读取。下表是原先有疑问的行的两种读法：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/encoding.py" line="102"/>
        <source>已按“{0}”读取（其他读法读不通这个文件）。请核对下方“示例”一栏的姓名等文字是否正确；如有乱码，请在 Excel/WPS 中改正后另存为 .xlsx 再导入。下表是原先有疑问的行的两种读法：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="35"/>
        <source>导出会员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="39"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="44"/>
        <source>完整身份证号（可再导入；文件须妥善保管）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="45"/>
        <source>部分隐藏身份证号，如 110105********0021（外传时用；不能再导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="48"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="52"/>
        <source>按名册当前的筛选和排序导出 {0} 名会员到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="38"/>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="59"/>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="60"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="186"/>
        <source>书屋统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="191"/>
        <source>达标情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="194"/>
        <source>书屋设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="197"/>
        <location filename="../../unionbook/ui/library/page.py" line="228"/>
        <source>衡量标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="204"/>
        <location filename="../../unionbook/ui/library/page.py" line="229"/>
        <source>借期（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="205"/>
        <location filename="../../unionbook/ui/library/page.py" line="230"/>
        <source>每人限借（册）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="206"/>
        <source>有逾期未还的书时不再借出（不选则只提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="207"/>
        <source>有逾期未还时不借</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="208"/>
        <source>保存借阅设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="212"/>
        <source>活动日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="215"/>
        <source>读书会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="215"/>
        <source>征文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="215"/>
        <source>讲座</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="215"/>
        <source>阅读分享</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="216"/>
        <source>活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="218"/>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="221"/>
        <source>参加人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="222"/>
        <source>登记活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="225"/>
        <location filename="../../unionbook/ui/library/page.py" line="236"/>
        <source>读书活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="234"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="239"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="240"/>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="268"/>
        <source>达到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="268"/>
        <source>未达到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="269"/>
        <source>图书种数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="269"/>
        <source>藏书册数（不含已注销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="270"/>
        <source>已注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="270"/>
        <source>借出未还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="270"/>
        <source>逾期未还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="271"/>
        <source>%1 年借阅次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="272"/>
        <source>%1 年借阅人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="273"/>
        <source>借阅人数占会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="274"/>
        <source>读书活动 / 参加人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="282"/>
        <source>依据：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="285"/>
        <source>尚未登记读书活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="47"/>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="49"/>
        <source>选择上级工会发来的配送书目：Excel（.xlsx、.xls）或 CSV 文件。已登记的图书只增加册数，不重复登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="52"/>
        <source>选择人事部门或下属单位报来的会员花名册：Excel（.xlsx、.xls）或 CSV 文件。表头上方的标题行、表尾的合计行会自动跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="55"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="56"/>
        <source>文件路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="57"/>
        <location filename="../../unionbook/ui/union/welcome.py" line="195"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="68"/>
        <source>选择要导入的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="69"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="192"/>
        <source>数据文件保存在哪里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="193"/>
        <source>全部台账保存在这一个文件里。备份时复制这个文件即可；程序也会自动备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="210"/>
        <source>保存数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="223"/>
        <source>请填写文件位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="226"/>
        <source>文件“{0}”已存在。请换一个文件名，或在欢迎界面中选择“打开已有数据文件”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsMenu</name>
    <message>
        <location filename="../../unionbook/ui/forms/menu.py" line="75"/>
        <source>请先在会员名册中选中会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/menu.py" line="81"/>
        <source>当前名册中没有会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/menu.py" line="91"/>
        <source>未能生成“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/menu.py" line="88"/>
        <source>正在生成“{0}”（{1} 名会员）…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsTab</name>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="46"/>
        <source>申报工资总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="47"/>
        <source>申报单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="48"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="57"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="85"/>
        <source>期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="48"/>
        <source>月如2026-03，季如2026年第1季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="49"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="57"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="85"/>
        <source>工资总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="49"/>
        <source>全部职工工资总额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="50"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="51"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="114"/>
        <source>申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="53"/>
        <source>单位设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="54"/>
        <source>单位设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="57"/>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="85"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="63"/>
        <source>经费计算结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="66"/>
        <source>经费年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="70"/>
        <source>往来日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="72"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="74"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="76"/>
        <source>收到经费…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="77"/>
        <source>上缴上级…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="78"/>
        <source>上级返还…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="79"/>
        <source>打印回单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="79"/>
        <source>单位对账单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="85"/>
        <source>应拨经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="85"/>
        <source>基层留成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="86"/>
        <source>上级部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="86"/>
        <source>已收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="86"/>
        <source>已上缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="86"/>
        <source>返还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="86"/>
        <source>未收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="87"/>
        <source>待上缴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="88"/>
        <source>经费申报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="90"/>
        <source>经费合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="108"/>
        <source>{0}年：应拨 {1}，基层留成 {2}，上级 {3}，已收 {4}，已上缴 {5}，未收 {6}，待上缴 {7}（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="114"/>
        <source>请先选择单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="121"/>
        <source>{0} {1}：应拨经费 {2} 元 = 基层留成 {3} 元 + 上级 {4} 元。{5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="136"/>
        <source>经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="136"/>
        <source>请先在表中选中一次申报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="144"/>
        <source>金额（元）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="156"/>
        <source>打印回单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="157"/>
        <source>经费拨缴回单-{0}-{1}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="160"/>
        <source>正在生成回单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="167"/>
        <source>单位对账单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="168"/>
        <source>经费对账单-{0}-{1}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/funds_tab.py" line="171"/>
        <source>正在生成对账单…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="41"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="41"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="41"/>
        <source>状态变为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="41"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="42"/>
        <source>对方工会/文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="42"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="103"/>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="104"/>
        <location filename="../../unionbook/ui/home/page.py" line="196"/>
        <source>女会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="105"/>
        <source>农民工会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="106"/>
        <source>入会率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="111"/>
        <source>会员构成（占现有会员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="112"/>
        <source>会员最多的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="160"/>
        <source>！ 无法读取统计数字：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="167"/>
        <location filename="../../unionbook/ui/home/page.py" line="169"/>
        <location filename="../../unionbook/ui/home/page.py" line="171"/>
        <location filename="../../unionbook/ui/home/page.py" line="174"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="169"/>
        <source>类型：{0}&#x3000;上级工会：{1}&#x3000;成立日期：{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="171"/>
        <source>统一社会信用代码：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="172"/>
        <source>（未通过校验，说明：{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="173"/>
        <source>职工人数：{0}&#x3000;覆盖单位：{1} 家（已建会 {2} 家）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="177"/>
        <source>！ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="179"/>
        <source>！ 称号“{0}”须在 {1} 前复查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="184"/>
        <source>在册 {0}，保留会籍 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="186"/>
        <source>女职工入会率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="188"/>
        <source>农民工入会率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="191"/>
        <source>请在工会信息中填写职工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="194"/>
        <source>在册会员 ÷ 职工人数 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="196"/>
        <source>农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="196"/>
        <source>八大群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="197"/>
        <source>新就业形态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="198"/>
        <source>劳务派遣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="198"/>
        <source>一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="198"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="199"/>
        <source>困难职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="205"/>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="208"/>
        <source>占会员 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="53"/>
        <source>自评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="55"/>
        <source>称号与复查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="72"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="73"/>
        <source>自评年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="76"/>
        <source>评分表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="83"/>
        <source>开始自评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="87"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="87"/>
        <source>评分表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="92"/>
        <source>自评结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="99"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="99"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="99"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="99"/>
        <location filename="../../unionbook/ui/homes/page.py" line="147"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="99"/>
        <location filename="../../unionbook/ui/homes/page.py" line="229"/>
        <source>必备</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="100"/>
        <source>自动评分依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="100"/>
        <location filename="../../unionbook/ui/homes/page.py" line="149"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="100"/>
        <source>证明材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="103"/>
        <source>评分项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="127"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="132"/>
        <source>导出自评报告（PDF）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="133"/>
        <source>导出申报表（PDF）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="141"/>
        <source>评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="142"/>
        <source>在上表中选择一个项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="150"/>
        <source>说明（自动评分项改为手工评分时必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="151"/>
        <source>保存得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="152"/>
        <source>添加证明材料…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="153"/>
        <source>打开证明材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="154"/>
        <source>恢复自动评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="156"/>
        <source>得分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="169"/>
        <source>会员评家（收回的问卷份数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="172"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="172"/>
        <source>基本满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="173"/>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="178"/>
        <source>保存评家结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="179"/>
        <source>从 Excel 统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="180"/>
        <source>问卷汇总表：每行一份问卷，“总体评价”列写满意、基本满意或不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="184"/>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="214"/>
        <source>本年度还没有自评：选择评分表后点“开始自评”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="222"/>
        <source>评分表：{0}（已随自评保存副本）&#x3000;来源：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="227"/>
        <source>未评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="228"/>
        <source>（已手工改分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="230"/>
        <source>需：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="247"/>
        <source>满意率（满意＋基本满意）÷ 收回：{0}；要求：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="248"/>
        <source>尚未录入评家结果：没有满意率，无法评定等级。要求：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="275"/>
        <source>自动评分：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="276"/>
        <source>及格 {0} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="277"/>
        <source>{0} {1}（{2} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="293"/>
        <location filename="../../unionbook/ui/homes/page.py" line="309"/>
        <source>请先在表中选择一个项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="311"/>
        <source>选择证明材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="330"/>
        <source>问卷汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="340"/>
        <source>已从问卷汇总表统计 {0} 份，核对后点“保存评家结果”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="346"/>
        <source>职工之家自评报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="346"/>
        <source>职工之家申报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="347"/>
        <source>{0}年{1}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/page.py" line="350"/>
        <source>已保存：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="33"/>
        <source>导入记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="37"/>
        <source>批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="37"/>
        <source>导入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="37"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="37"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="37"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="38"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="38"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="38"/>
        <source>未变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="38"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="38"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="44"/>
        <source>撤销一个批次会删除它新增的会员、恢复它修改过的信息。如果这些会员在导入后又被修改或办理了会籍变动，则不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="49"/>
        <source>撤销所选批次…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="63"/>
        <source>已撤销（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="63"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="90"/>
        <source>将删除该批次登记的图书（新书目 {0} 种，另有 {1} 种已有书目增加的册数）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="93"/>
        <source>将删除该批次新增的 {0} 名会员，并恢复 {1} 名会员的原有信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="96"/>
        <location filename="../../unionbook/ui/imports/history.py" line="116"/>
        <location filename="../../unionbook/ui/imports/history.py" line="119"/>
        <source>撤销导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="97"/>
        <source>撤销批次 {0}（{1}，{2}）？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="110"/>
        <source>正在撤销…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="116"/>
        <source>已撤销批次 {0}：{1}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="120"/>
        <source>已撤销批次 {0}：删除新增的 {1} 名会员，恢复 {2} 名会员的原有信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/history.py" line="110"/>
        <source>不能撤销</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="373"/>
        <source>导入会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="373"/>
        <source>导入配送书目</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="52"/>
        <source>记一笔账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="53"/>
        <source>记账日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="55"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="111"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="114"/>
        <source>科目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="58"/>
        <source>收入｜</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="58"/>
        <source>支出｜</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="60"/>
        <source>子目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="62"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="62"/>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="64"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="77"/>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="66"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="112"/>
        <source>对方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="67"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="112"/>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="68"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="112"/>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="69"/>
        <source>附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="70"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="196"/>
        <source>附上收据扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="72"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="73"/>
        <source>记账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="86"/>
        <source>记账结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="90"/>
        <source>账年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="95"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="97"/>
        <source>设预算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="97"/>
        <source>结账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="98"/>
        <source>收支明细账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="99"/>
        <source>收支情况表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="100"/>
        <source>导出Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="106"/>
        <source>结账状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="111"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="111"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="111"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="182"/>
        <source>收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="111"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="182"/>
        <source>支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="112"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="114"/>
        <source>预算数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="114"/>
        <source>实际数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="116"/>
        <source>收支明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="123"/>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="179"/>
        <source>选中一笔账，这里显示它完整的科目、对方、摘要和提示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="125"/>
        <source>所选账目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="128"/>
        <source>所选账目的提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="139"/>
        <source>预算与实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="150"/>
        <source>（无子目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="166"/>
        <source>
超预算 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="171"/>
        <source>已于 {0} 结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="171"/>
        <source>未结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="172"/>
        <source>{0}：上年结余 {1}，收入 {2}，支出 {3}，结余 {4}（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="183"/>
        <source>第 {0} 笔 {1} {2}{3}：{4} {5} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="186"/>
        <source>对方：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="188"/>
        <source>凭证号：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="190"/>
        <source>摘要：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="196"/>
        <source>图片或PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="199"/>
        <source>附件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="212"/>
        <source>已记第 {0} 笔：{1} 元。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="213"/>
        <source>注意：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="222"/>
        <source>设预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="222"/>
        <source>{0} 年 {1} 的预算（元）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="232"/>
        <source>结账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="233"/>
        <source>结账后，{0}年的账不能再增加、修改或删除；更正只能在以后的年度记调整分录。确定结账吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="242"/>
        <source>导出Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="243"/>
        <source>{0}年收支账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="246"/>
        <source>收支明细账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="246"/>
        <source>收支情况表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="247"/>
        <source>{0}年{1}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/ledger_tab.py" line="253"/>
        <source>正在生成{0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="327"/>
        <source>职工书屋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="333"/>
        <source>书目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="334"/>
        <source>借还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="335"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="336"/>
        <source>盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="337"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanDesk</name>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="71"/>
        <location filename="../../unionbook/ui/library/desk.py" line="113"/>
        <source>读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="72"/>
        <source>会员证号、身份证号、姓名或拼音首字母，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="75"/>
        <source>查找到的读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="80"/>
        <location filename="../../unionbook/ui/library/desk.py" line="186"/>
        <source>尚未选择读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="81"/>
        <source>当前读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="83"/>
        <source>逾期提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="89"/>
        <source>扫描条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="90"/>
        <source>扫描或输入图书条码，回车：在架的借出，借出的归还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="96"/>
        <source>扫描结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="99"/>
        <location filename="../../unionbook/ui/library/desk.py" line="100"/>
        <source>续借所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="102"/>
        <source>换下一位读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="106"/>
        <source>读者在借图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="111"/>
        <source>本次借还记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="122"/>
        <source>扫描图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="131"/>
        <source>在借图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="135"/>
        <source>本次借还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="149"/>
        <source>找不到读者“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="164"/>
        <source>（会员证号 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="165"/>
        <source>%1%2，%3，在借 %4 册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="203"/>
        <source>%1有 %2 册逾期 %3 天未还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="204"/>
        <source>%1有 %2 册逾期未还（最长 %3 天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="207"/>
        <source>，按书屋设置须先还书再借</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="208"/>
        <source>，请提醒还书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="224"/>
        <source>《%1》刚借给%2，未作归还（要归还请先点“换下一位读者”，再扫条码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="230"/>
        <source>《%1》在架。借书请先在上方选择读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="238"/>
        <source>已归还《%1》（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="240"/>
        <source>，逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="246"/>
        <source>已借出《%1》，应还日期 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="250"/>
        <source>已续借《%1》，应还日期 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="259"/>
        <source>请先在在借图书中选择要续借的一本</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanModel</name>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="50"/>
        <source>条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="50"/>
        <source>书名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="50"/>
        <source>借出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="50"/>
        <source>应还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/desk.py" line="50"/>
        <source>逾期天数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="137"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="138"/>
        <source>新建或打开其他工会…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="139"/>
        <source>打开数据文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="140"/>
        <source>工会信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="141"/>
        <source>经办人（登记人）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="143"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="144"/>
        <source>备份到指定位置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="145"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="146"/>
        <source>打开备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="147"/>
        <source>修改记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="149"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="151"/>
        <source>会员(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="152"/>
        <source>新增会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="153"/>
        <source>编辑会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="154"/>
        <source>会籍变动与记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="156"/>
        <source>查找会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="158"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="159"/>
        <source>从 Excel/CSV 导入花名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="160"/>
        <source>导出当前名册到 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="161"/>
        <source>导入记录（可撤销）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="169"/>
        <source>文书(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="172"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="177"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="179"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="180"/>
        <location filename="../../unionbook/ui/main_window.py" line="372"/>
        <source>键盘快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="181"/>
        <location filename="../../unionbook/ui/main_window.py" line="375"/>
        <source>关于工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="187"/>
        <source>（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="188"/>
        <source>{0} — 工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="190"/>
        <source>数据文件：{0}&#x3000;经办人：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="191"/>
        <source>未填写（文件 → 经办人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="320"/>
        <source>时间不详</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="321"/>
        <source>{0} 名现有会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="324"/>
        <source>将用 {0} 的备份（{1}，{2}）替换当前全部数据。
当前数据会先自动另存一份备份。确定恢复吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="255"/>
        <source>已登记新会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="284"/>
        <source>转出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="284"/>
        <source>已办理转出。现在开具会员组织关系接转介绍信吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="296"/>
        <source>打开数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="297"/>
        <source>UnionBook 数据文件 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="303"/>
        <location filename="../../unionbook/ui/main_window.py" line="311"/>
        <source>已备份到：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="306"/>
        <source>-备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="307"/>
        <source>备份到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="307"/>
        <source>数据文件 (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="311"/>
        <source>备份完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="323"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="329"/>
        <source>未能恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="331"/>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="331"/>
        <source>已从备份恢复。恢复前的数据已另存为：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="343"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="343"/>
        <source>在这台电脑上办理登记的人（记入会籍记录的“登记人”）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="371"/>
        <source>&lt;p&gt;在名册中：直接打字即查找；回车或双击打开会员；编辑会员时回车跳到下一项，Ctrl+S 保存，Esc 取消。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="376"/>
        <source>&lt;b&gt;工会台账 UnionBook&lt;/b&gt; {0}&lt;br&gt;基层工会会员实名制台账、会籍管理与统计。&lt;br&gt;数据只保存在本机文件中：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="385"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="385"/>
        <source>后台任务仍在进行，完成后才能关闭数据文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="392"/>
        <source>关闭时备份失败</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="53"/>
        <source>核对列对应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="54"/>
        <location filename="../../unionbook/ui/imports/mapping.py" line="147"/>
        <source>已按表头自动识别各列，请核对“导入为”一栏；不需要的列选“（不导入）”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="59"/>
        <source>保存为方案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="62"/>
        <source>工作表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="65"/>
        <source>列对应方案：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="77"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="77"/>
        <source>表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="77"/>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="77"/>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="102"/>
        <source>（自动识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="112"/>
        <source>正在读取“{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="113"/>
        <source>正在读取文件，读完后请核对每一列导入为什么。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="127"/>
        <source>这个文件还不能导入，原因见下方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="131"/>
        <source>“{0}”混用了两种文字编码，尚未读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="134"/>
        <source>无法读取：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="142"/>
        <source>逐行自动（GBK 与 UTF-8）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="157"/>
        <source>，文字编码 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="160"/>
        <source>（按您选择的读法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="163"/>
        <source>表头在第 {0} 行，共 {1} 列，其下约 {2} 行数据{3}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="177"/>
        <source>“{0}”列导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="178"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="212"/>
        <source>保存列对应方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="213"/>
        <source>方案名称（如“人事部花名册”）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="232"/>
        <location filename="../../unionbook/ui/imports/mapping.py" line="238"/>
        <source>列对应不完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="239"/>
        <source>请指定哪一列是：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="243"/>
        <source>列对应重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/mapping.py" line="243"/>
        <source>以下字段对应了不止一列，请只保留一列：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="78"/>
        <source>新建会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="78"/>
        <location filename="../../unionbook/ui/meetings/page.py" line="250"/>
        <source>删除会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="78"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="92"/>
        <source>如：上午9时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="96"/>
        <source>保存会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="99"/>
        <source>会议类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="100"/>
        <source>会议名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="101"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="102"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="103"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="104"/>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="105"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="114"/>
        <source>会议信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="115"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="116"/>
        <location filename="../../unionbook/ui/meetings/page.py" line="324"/>
        <source>议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="117"/>
        <source>表决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="118"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="123"/>
        <source>签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="125"/>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="182"/>
        <source>应到 {0} 实到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="195"/>
        <source>新会议：填写会议信息后保存。会员大会默认全体在册会员应到，委员会会议默认现任委员应到。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="241"/>
        <location filename="../../unionbook/ui/meetings/page.py" line="245"/>
        <source>未能保存会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="250"/>
        <source>删除会议“{0}”及其签到、议程和表决记录？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="267"/>
        <location filename="../../unionbook/ui/meetings/page.py" line="273"/>
        <location filename="../../unionbook/ui/meetings/page.py" line="285"/>
        <source>未能签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="282"/>
        <source>&#x3000;（{0} 已签到）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="332"/>
        <source>未能保存议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="346"/>
        <source>未能记录表决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="374"/>
        <source>正在生成会议纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="374"/>
        <source>正在生成签到表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/page.py" line="376"/>
        <source>未能生成文书</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="40"/>
        <source>输入或刷会员证号、身份证号后按回车签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="43"/>
        <source>在名单中查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="54"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="56"/>
        <source>取消签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="58"/>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="60"/>
        <source>全部到会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="62"/>
        <source>加为应到人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="65"/>
        <source>列席人员姓名（不计入法定人数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="66"/>
        <source>加为列席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="79"/>
        <source>增加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="90"/>
        <source>议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="91"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="91"/>
        <source>讨论和决定情况（写入纪要）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="101"/>
        <source>增加议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="103"/>
        <source>删除所选议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="105"/>
        <source>保存议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="120"/>
        <source>表决事项，如：通过工会工作报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="124"/>
        <source>记录表决结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="129"/>
        <source>删除所选表决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="132"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="133"/>
        <source>赞成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="134"/>
        <source>反对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="135"/>
        <source>弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="148"/>
        <source>关联到本次会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meetings/tabs.py" line="152"/>
        <source>本次会议上进行的选举（结果写入会议纪要）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="107"/>
        <source>新增会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="107"/>
        <source>编辑会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="113"/>
        <source>18位身份证号，15位旧号将自动转换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="138"/>
        <source>如 2019-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="147"/>
        <source>转入时填写原工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="149"/>
        <source>介绍信编号或文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="151"/>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="162"/>
        <source>工作与会籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="173"/>
        <source>标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="181"/>
        <source>尚无交费记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="182"/>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="184"/>
        <source>会费交至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="186"/>
        <source>登记方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="187"/>
        <source>原工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="188"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="207"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="208"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="216"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="295"/>
        <source>（由15位旧号转换为 {0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="296"/>
        <source>性别：{0}&#x3000;出生日期：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/member_dialog.py" line="353"/>
        <source>已保存，请注意</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="42"/>
        <source>姓名、拼音首字母、身份证号或会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="43"/>
        <source>查找会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="47"/>
        <source>加入 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="68"/>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/widgets.py" line="69"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUnionWizard</name>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="245"/>
        <source>新建工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="247"/>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="248"/>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="249"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="250"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="59"/>
        <source>下一步：登记会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="61"/>
        <source>还没有会员。可以逐个录入，也可以把现有的 Excel 花名册一次导入（导入后可撤销）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="63"/>
        <source>新增会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="64"/>
        <source>新增会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="65"/>
        <source>从 Excel 导入花名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home/page.py" line="66"/>
        <source>从 Excel 导入花名册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverduePanel</name>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="43"/>
        <source>截至日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="46"/>
        <source>打印催还单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="49"/>
        <source>条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="49"/>
        <source>书名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="49"/>
        <source>借出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="49"/>
        <source>应还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="49"/>
        <source>逾期天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="54"/>
        <source>逾期图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="59"/>
        <source>截至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="77"/>
        <source>逾期未还 %1 册，涉及 %2 位读者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="81"/>
        <source>保存催还单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="81"/>
        <source>逾期催还单.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="92"/>
        <source>第1号票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="93"/>
        <source>票箱名称，用顿号分开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="97"/>
        <source>按现行规则生成，提交大会通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="98"/>
        <source>按姓氏笔画为序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="100"/>
        <source>每个票箱一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="101"/>
        <source>计票结束后报上一级工会审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="102"/>
        <source>选举前报同级党组织和上一级工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="103"/>
        <source>候选人建议人选，报同级党组织和上一级工会审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="104"/>
        <source>选举人签到和领票签名（含会员证号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="114"/>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="117"/>
        <source>票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="154"/>
        <source>已生成：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="158"/>
        <source>未能生成{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="157"/>
        <source>正在生成{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="99"/>
        <source>每名选举人一张，不编号（无记名投票）；下一轮的候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="166"/>
        <source>印制选票前请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="167"/>
        <source>候选人尚有以下问题：
{0}

仍要印制选票吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayrollCommitPage</name>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="165"/>
        <source>导入工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="168"/>
        <source>导入结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="172"/>
        <source>重新导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="189"/>
        <source>正在写入 {0} 名会员的工资…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="209"/>
        <source>没有需要写入的变化，台账未改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="211"/>
        <source>已导入工资表“{0}”：自{1}起新设工资 {2} 人，调整 {3} 人。批次号 {4}；如需撤销，可在“导入记录”中选择该批次撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayrollMappingPage</name>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="232"/>
        <source>正在读取工资表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="246"/>
        <source>已按表头认出：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="247"/>
        <source>表头中没有认出姓名、身份证号或工资列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="250"/>
        <source>没有认出“工资”列：请在“导入为”一栏为工资所在的列（如“本月实发数”）选“工资”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="252"/>
        <source>请在“导入为”一栏指定哪一列是“姓名”或“身份证号”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="254"/>
        <source>请核对“导入为”一栏，无误后点“下一步”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayrollPreviewPage</name>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="50"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="52"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="55"/>
        <source>预览结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="57"/>
        <source>取消检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="59"/>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="60"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="59"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="59"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="59"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="60"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="60"/>
        <source>原工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="60"/>
        <source>新工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="64"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="65"/>
        <source>工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="84"/>
        <source>工资自 {0} 起适用。以下是导入将要做的事，此时尚未写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="91"/>
        <source>正在逐行检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="126"/>
        <source>（可返回上一步修改列对应后重试）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="131"/>
        <source>读到 {0} 行：新设工资 {1} 人，工资有变 {2} 人，未变 {3} 人；有错误 {4} 行，提示 {5} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="136"/>
        <source>
注意：{0} 人已记录会费的月份不会按新工资重算，差额需另行补收或退还（见“问题”中的提示）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="138"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="138"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="145"/>
        <source>问题（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="146"/>
        <source>工资（{0}人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="149"/>
        <source>跳过有错误的 {0} 行，只导入其余各行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayrollWizard</name>
    <message>
        <location filename="../../unionbook/ui/dues/payroll_wizard.py" line="268"/>
        <source>导入工资表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="42"/>
        <source>预览：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="50"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="53"/>
        <source>页码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="56"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="57"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="59"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="60"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="61"/>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="64"/>
        <source>保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="67"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="70"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="108"/>
        <source>无法预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="108"/>
        <source>无法打开PDF文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="111"/>
        <source>共 %n 页</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="175"/>
        <source>保存PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="176"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="188"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="189"/>
        <source>无法保存到“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="198"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="209"/>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="209"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="214"/>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms/pdf_preview.py" line="214"/>
        <source>无法开始打印，请检查打印机。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersuasionDialog</name>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="56"/>
        <source>记录教育谈话：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="57"/>
        <source>谈话日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="58"/>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="62"/>
        <source>谈话人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="59"/>
        <source>谈话内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="61"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="63"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="64"/>
        <source>记录谈话不改变会籍状态；是否视为自动退会由工会委员会决定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="66"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/dues/arrears_tab.py" line="67"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="89"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="90"/>
        <source>以下是导入将要做的事，此时尚未写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="92"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="96"/>
        <source>取消检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="98"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="99"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="101"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="218"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="220"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="98"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="98"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="98"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="99"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="101"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="99"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="99"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="99"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="101"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="101"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="104"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="105"/>
        <source>更新明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="106"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="109"/>
        <source>导出问题行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="130"/>
        <source>正在逐行检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="167"/>
        <source>（可返回上一步修改后重试）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="177"/>
        <source>读到 {0} 行：新增 {1} 名，更新 {2} 名，未变 {3} 名；有错误 {4} 行（{5} 处），提示 {6} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="180"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="209"/>
        <source>表尾的合计、说明等 {0} 行已跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="182"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="211"/>
        <source>没有需要写入的变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="184"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="213"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="184"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="213"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="191"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="225"/>
        <source>问题（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="192"/>
        <source>更新明细（{0}人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="193"/>
        <source>新增（{0}人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="196"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="230"/>
        <source>跳过有错误的 {0} 行，只导入其余各行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="205"/>
        <source>读到 {0} 行：新书目 {1} 种，已有书目增加复本 {2} 种，共 {3} 册；有错误 {4} 行（{5} 处），提示 {6} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="218"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="220"/>
        <source>书名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="218"/>
        <source>增加册数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="220"/>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="220"/>
        <source>作者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="220"/>
        <source>册数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="226"/>
        <source>增加复本（{0}种）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="227"/>
        <source>新书目（{0}种）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="239"/>
        <source>{0}-问题行.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="240"/>
        <location filename="../../unionbook/ui/imports/wizard.py" line="250"/>
        <source>导出问题行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="240"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="250"/>
        <source>已导出 {0} 行到：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../unionbook/ui/union/profile_dialog.py" line="19"/>
        <source>工会信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/profile_dialog.py" line="36"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/profile_dialog.py" line="37"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="34"/>
        <source>工会名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="36"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="37"/>
        <source>选择对方的公钥文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="39"/>
        <source>（尚未选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="40"/>
        <source>对方公钥指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="41"/>
        <source>我已与对方（纸质封面或电话）核对，指纹完全一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="45"/>
        <source>工会名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="47"/>
        <source>统一社会信用代码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="48"/>
        <source>公钥文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="49"/>
        <source>公钥指纹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="51"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="52"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="70"/>
        <source>选择公钥文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/dialogs.py" line="70"/>
        <source>公钥文件 (*.json *.key);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="31"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="36"/>
        <source>备份列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="38"/>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="38"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="38"/>
        <source>现有会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="50"/>
        <source>恢复会用所选备份替换当前全部数据；当前数据会先自动另存一份备份，恢复后仍可再恢复回来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="51"/>
        <source>还没有备份。可以从其他位置（如U盘）选择备份文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="53"/>
        <source>从其他位置选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="57"/>
        <source>恢复所选备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="59"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="71"/>
        <source>{0} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="71"/>
        <source>无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="84"/>
        <source>选择要恢复的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/restore_dialog.py" line="85"/>
        <source>数据文件 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="340"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="352"/>
        <source>没有需要写入的变化，台账未改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="355"/>
        <source>已导入：新书目 {0} 种，已有书目增加复本 {1} 种，共 {2} 册。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="358"/>
        <source>已导入：新增 {0} 名会员，更新 {1} 名，未变 {2} 名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="361"/>
        <source>有错误的 {0} 行未导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/imports/wizard.py" line="362"/>
        <source>批次号：{0}。如需撤销，可在“导入记录”中选择该批次撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="343"/>
        <source>进行下一轮计票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="346"/>
        <source>大会同意减少名额的说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="347"/>
        <source>经大会同意减少名额，结束选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="349"/>
        <source>登记为新一届任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="352"/>
        <source>当选人（按当选先后、得票多少）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="354"/>
        <source>计票说明（可向大会宣读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="378"/>
        <source>请先选择或设立一次选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="387"/>
        <source>{0}&#x3000;{1} 票（第 {2} 轮）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="393"/>
        <source>尚未计票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="407"/>
        <source>不能减少名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="413"/>
        <source>不能登记任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/count_panel.py" line="415"/>
        <source>已登记：{0}，任期至 {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="30"/>
        <source>书屋设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="34"/>
        <source>整数，如 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="36"/>
        <source>姓名，多人用顿号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="38"/>
        <source>如 周一至周五 12:00–13:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="40"/>
        <source>今年订阅的报刊种数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="42"/>
        <source>如 电子职工书屋；没有则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="44"/>
        <source>借阅制度全文（已上墙的书面制度）；没有则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="48"/>
        <source>面积（平方米）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="48"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="49"/>
        <source>开放时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="49"/>
        <source>订阅期刊（种）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="50"/>
        <source>数字阅读平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="50"/>
        <source>借阅制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="55"/>
        <source>达标检查范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="58"/>
        <source>设置提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="62"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/room_dialog.py" line="63"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../unionbook/ui/members/roster_model.py" line="87"/>
        <source>会费交至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_model.py" line="137"/>
        <source>农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_model.py" line="139"/>
        <source>劳务派遣</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="48"/>
        <source>现有会员（在册+保留会籍）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="49"/>
        <source>在册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="50"/>
        <source>保留会籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="51"/>
        <source>已转出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="52"/>
        <source>已退会/视为退会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="53"/>
        <source>已开除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="54"/>
        <source>已故（注销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="55"/>
        <source>全部（含已离开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="92"/>
        <source>全部人群</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="96"/>
        <source>八大群体：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="99"/>
        <source>新增会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="100"/>
        <source>新增会员（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="101"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="102"/>
        <source>从 Excel 导入花名册，或把当前名册导出到 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="103"/>
        <source>打印文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="104"/>
        <source>为选中的会员（或当前名册）生成表格、花名册、介绍信、会员证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="81"/>
        <location filename="../../unionbook/ui/members/roster_page.py" line="184"/>
        <source>全部单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="71"/>
        <source>查找：姓名、拼音首字母（如 zw）、身份证号、电话、会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="74"/>
        <source>查找会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="80"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="85"/>
        <source>全部单位（可输入查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="218"/>
        <source>符合条件的会员：{0} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/roster_page.py" line="221"/>
        <source>&#x3000;已选 {0} 名（打印文书时只用选中的会员）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="53"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="53"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="53"/>
        <source>现行值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="53"/>
        <source>可信度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="53"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="54"/>
        <source>本会覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="75"/>
        <source>{0}（{1} {2}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="101"/>
        <source>选用此规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="106"/>
        <source>查找规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="107"/>
        <source>只看待核实的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="131"/>
        <source>依据：文件名称、文号或会议决定（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="132"/>
        <source>为本会覆盖此值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="134"/>
        <source>恢复规则集的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="136"/>
        <source>所选规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="140"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="141"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="150"/>
        <source>规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="181"/>
        <source>正在使用：&lt;b&gt;{0}&lt;/b&gt;。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="182"/>
        <source>共 {0} 项规则，其中 &lt;b style=&apos;color:#b3261e&apos;&gt;待核实 {1} 项&lt;/b&gt;（凭记忆整理、尚未在原文中核实，使用前请对照本省规定）；本会覆盖 {2} 项。覆盖的值用于此后设立的选举，已设立的选举按设立时的规则计票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="218"/>
        <source>在上表中选择一项规则，可查看来源，或为本会覆盖其值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="220"/>
        <source>【待核实】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="223"/>
        <source>现行值：{0}&#x3000;规则集的值：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="224"/>
        <source>来源：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="226"/>
        <source>说明：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="228"/>
        <source>本会覆盖：{0}，{1} 于 {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="238"/>
        <source>未能覆盖规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="250"/>
        <source>选用规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="251"/>
        <source>改用“{0}”后，此后的选举设立、会费与经费分成、慰问标准等都按它计算；已记的账和已设立的选举不变。确定改用吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules/page.py" line="255"/>
        <source>未能选用规则集</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="61"/>
        <source>如：第五届委员会选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="78"/>
        <source>名额等不符合规定表格时，写明依据（如上级工会批复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="80"/>
        <source>设为会员代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="82"/>
        <source>清空代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="84"/>
        <source>会员代表（会员代表大会选举时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="92"/>
        <source>选举名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="93"/>
        <source>选举对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="94"/>
        <source>选举大会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="95"/>
        <source>选举日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="96"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="97"/>
        <source>应选名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="98"/>
        <source>任期（年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="99"/>
        <source>在哪次会议上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="100"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="103"/>
        <source>设立选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="108"/>
        <source>在此设立一次新的选举；设立后在左侧列表中选中它，依次确定候选人、印制文书、计票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="112"/>
        <source>检查结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="135"/>
        <source>（暂不确定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="137"/>
        <source>{0} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="141"/>
        <source>（不关联会议）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="167"/>
        <source>已选代表 {0} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="181"/>
        <source>{0}（已填写说明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="184"/>
        <source>选举人 {0} 人（会员 {1} 人，其中在册 {2} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/setup_panel.py" line="198"/>
        <source>不能设立选举</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="66"/>
        <source>会籍变动：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="69"/>
        <source>当前状态：&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="74"/>
        <source>请选择办理事项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="87"/>
        <source>借书提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="100"/>
        <source>办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="101"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="102"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="103"/>
        <source>对方工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="104"/>
        <source>文号/介绍信编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="108"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="109"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="119"/>
        <source>会籍记录（只增不删）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="140"/>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="140"/>
        <source>选填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="162"/>
        <source>确认{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="163"/>
        <source>

确定办理吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="164"/>
        <source>确定{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/status_dialog.py" line="165"/>
        <source>不办理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StocktakePanel</name>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="93"/>
        <source>盘点状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="94"/>
        <source>开始盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="96"/>
        <source>结束盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="99"/>
        <source>盘点扫码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="100"/>
        <source>逐册扫描书架上的图书条码（可分几天、任意顺序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="104"/>
        <source>盘点结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="107"/>
        <source>缺失图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="109"/>
        <source>未登记条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="111"/>
        <source>注销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="114"/>
        <source>注销所选缺失图书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="122"/>
        <source>缺失（未扫到且未借出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="130"/>
        <source>扫到但未登记的条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="146"/>
        <source>盘点进行中：%1 开始，已扫 %2 册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="149"/>
        <source>没有进行中的盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="170"/>
        <source>已扫：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="181"/>
        <source>%1 盘点结果：应在架 %2 册，在架 %3 册，借出 %4 册，缺失 %5 册，未登记条码 %6 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="195"/>
        <source>盘点缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/panels.py" line="197"/>
        <source>（已注销）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="42"/>
        <source>登记任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="52"/>
        <source>{0} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="55"/>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="57"/>
        <source>按所选职务加入 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="60"/>
        <source>移出所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="63"/>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="64"/>
        <source>第几届</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="65"/>
        <source>任期开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="66"/>
        <source>任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="67"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="68"/>
        <source>从会员名册选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="70"/>
        <source>组成人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/term_dialog.py" line="117"/>
        <source>不能登记任期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="51"/>
        <source>现任机构与任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="56"/>
        <source>登记任期…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="69"/>
        <source>{0} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="70"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;：{1} 至 {2}，{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/elections/page.py" line="75"/>
        <source>尚未登记任期。登记后，首页会在任期届满前六个月提醒换届。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleModel</name>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="48"/>
        <source>书名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="48"/>
        <source>作者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="48"/>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="48"/>
        <source>分类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="48"/>
        <source>册数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="49"/>
        <source>借出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/library/page.py" line="49"/>
        <source>在架</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitlesTab</name>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="42"/>
        <source>复查提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="44"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="44"/>
        <location filename="../../unionbook/ui/homes/titles.py" line="71"/>
        <source>称号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="44"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="44"/>
        <location filename="../../unionbook/ui/homes/titles.py" line="71"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="44"/>
        <location filename="../../unionbook/ui/homes/titles.py" line="72"/>
        <source>授予机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="45"/>
        <location filename="../../unionbook/ui/homes/titles.py" line="72"/>
        <source>文件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="45"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="45"/>
        <source>下次复查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="45"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="48"/>
        <source>已获称号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="56"/>
        <source>如：模范职工之家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="65"/>
        <source>职工小家所属单位或班组；本会不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="67"/>
        <source>2027-06-30（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="71"/>
        <source>授予年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="72"/>
        <source>下次复查日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="73"/>
        <source>职工小家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="78"/>
        <source>登记称号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="81"/>
        <location filename="../../unionbook/ui/homes/titles.py" line="87"/>
        <source>摘牌原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="82"/>
        <location filename="../../unionbook/ui/homes/titles.py" line="85"/>
        <source>摘牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="83"/>
        <source>对选中的称号摘牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="91"/>
        <source>称号提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="103"/>
        <source>90 天内需复查：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="104"/>
        <source>90 天内没有需要复查的称号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="108"/>
        <source>已摘牌 {0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="109"/>
        <source>保持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="110"/>
        <source>本会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/homes/titles.py" line="129"/>
        <source>请先在表中选择要摘牌的称号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnionPage</name>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="129"/>
        <source>工会基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="130"/>
        <source>带 * 的为必填项。以后可在“工会信息”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="132"/>
        <source>如：某某有限公司工会委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="135"/>
        <source>18位，基层工会以81开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="137"/>
        <source>代码未通过校验但确认无误时，请说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="141"/>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="144"/>
        <location filename="../../unionbook/ui/union/welcome.py" line="150"/>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="146"/>
        <source>负责台账的人，记入会籍记录的“登记人”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="156"/>
        <source>工会名称 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="157"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="158"/>
        <source>校验说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="159"/>
        <source>工会类型 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="160"/>
        <source>上级工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="161"/>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="162"/>
        <source>职工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="163"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="185"/>
        <source>。如确认代码无误，请在“校验说明”中写明理由。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="45"/>
        <source>欢迎使用工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="47"/>
        <source>工会台账 UnionBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="49"/>
        <source>会员实名制台账、会籍管理、统计与报表。数据保存在本机的一个文件中，不需要联网。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="51"/>
        <source>新建工会(&amp;N)…
填写工会名称、信用代码等，几步完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="52"/>
        <source>打开数据文件(&amp;O)…
打开已有的工会台账文件（如U盘上的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="53"/>
        <source>打开演示工会(&amp;D)
一个有 2000 名会员的乡镇工会联合会，随便试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="74"/>
        <source>最近打开（双击打开）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="93"/>
        <source>打开数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="102"/>
        <source>正在生成演示工会…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../unionbook/ui/app.py" line="83"/>
        <source>工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/app.py" line="109"/>
        <source>“{0}”中没有工会信息，请用“新建工会”建立。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/app.py" line="112"/>
        <source>无法打开数据文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="83"/>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="87"/>
        <source>导出会员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="84"/>
        <source>已导出 {0} 名会员到：
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="86"/>
        <source>正在导出会员名册…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dues</name>
    <message>
        <location filename="../../unionbook/ui/dues/widgets.py" line="89"/>
        <source>年-月，如2026-03</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../unionbook/ui/members/export_dialog.py" line="72"/>
        <source>会员名册-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../unionbook/ui/union/welcome.py" line="36"/>
        <source>UnionBook 数据文件 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../unionbook/ui/kit/forms.py" line="84"/>
        <location filename="../../unionbook/ui/kit/forms.py" line="97"/>
        <source>放弃未保存的修改？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/forms.py" line="85"/>
        <source>{0}有尚未保存的修改。关闭后这些修改将会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/forms.py" line="98"/>
        <source>{0}有尚未保存的修改。要先保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="108"/>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="115"/>
        <source>（无法写入日志：{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="116"/>
        <source>发生意外错误，操作未完成。

详细情况已记入日志：{1}
如问题反复出现，请把该文件交给技术支持。
（技术信息：{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="118"/>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="275"/>
        <source>正在处理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="276"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="278"/>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/kit/ops.py" line="279"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../unionbook/ui/dues/widgets.py" line="158"/>
        <source>已保存：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="19"/>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="39"/>
        <source>会籍接转单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="19"/>
        <source>还要为“{0}”生成电子会籍接转单吗？
接转单加密发给“{1}”，对方导入后会员连同会籍记录转入，对方的回执导入本会后，本会记录显示“已转出（对方已接收）”。
需要对方工会的公钥文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="24"/>
        <source>选择对方工会的公钥文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="25"/>
        <source>公钥文件 (*.json *.key);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="28"/>
        <source>保存会籍接转单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="29"/>
        <source>接转单-{0}.ubx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="30"/>
        <source>数据包 (*.ubx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="36"/>
        <source>未能生成接转单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/bundles/transfer.py" line="39"/>
        <source>已保存：{0}
请交给“{1}”（U 盘或聊天软件均可，文件已加密）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
