<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="23"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="23"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="23"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="23"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="36"/>
        <source>应到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="36"/>
        <source>列席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="38"/>
        <source>已到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="38"/>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_attendees.py" line="38"/>
        <source>未到</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="207"/>
        <source>← 移出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="213"/>
        <source>从会员名册选择（仅在册会员有被选举权）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="215"/>
        <source>候选人（按姓氏笔画为序）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="220"/>
        <source>差额与构成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="239"/>
        <source>请先选择或设立一次选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="250"/>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="251"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="255"/>
        <source>（已开始计票，候选人不能再修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="256"/>
        <source>应选 {0} 名，候选人 {1} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="271"/>
        <source>不能修改候选人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="27"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="32"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="32"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="32"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="32"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="37"/>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="37"/>
        <source>工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="37"/>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="37"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="38"/>
        <source>导入批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="38"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="38"/>
        <source>决议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="39"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="39"/>
        <source>任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="42"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="48"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/change_log.py" line="51"/>
        <source>最近 {0} 条修改（最新的在前）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="217"/>
        <source>正在导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="218"/>
        <source>全部写入或全部不写入：取消后台账保持原样。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="222"/>
        <source>取消导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="224"/>
        <source>重新导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="243"/>
        <source>正在写入 {0} 名会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="265"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionChart</name>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="137"/>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="137"/>
        <source>全体在册会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="149"/>
        <source>女职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="149"/>
        <source>一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="149"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="73"/>
        <source>增加票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="75"/>
        <source>删除票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="78"/>
        <source>另选人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="79"/>
        <source>增加另选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="89"/>
        <source>按票箱录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="99"/>
        <source>另选人姓名（多人用顿号或逗号分开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="101"/>
        <source>选票编号（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="102"/>
        <source>录入此票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="106"/>
        <source>删除所选选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="112"/>
        <location filename="../../unionbook/ui/election_count_panel.py" line="202"/>
        <source>发出选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="113"/>
        <source>另有无法录入的无效票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="115"/>
        <source>本张选票上画“○”的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="127"/>
        <source>逐张录入选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="129"/>
        <source>计算本轮结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="132"/>
        <source>撤销上一轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="135"/>
        <source>实到会人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="156"/>
        <source>请先选择或设立一次选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="168"/>
        <source>选举已结束，不需要再计票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="202"/>
        <source>收回选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="202"/>
        <source>无效票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="203"/>
        <source>第 1 号票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="211"/>
        <source>第 {0} 号票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="224"/>
        <source>本次选举不允许另选他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="250"/>
        <source>{0}“{1}”一栏应填非负整数，现为“{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="281"/>
        <source>编号 {0} 的选票已录入过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="285"/>
        <source>（空白票）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="288"/>
        <source>&#x3000;【无效：所选 {0} 人，多于应选 {1} 名】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="308"/>
        <source>已录入 {0} 张，其中无效 {1} 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="324"/>
        <source>本轮计票结果有误，未保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionPage</name>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="180"/>
        <source>新建选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="180"/>
        <location filename="../../unionbook/ui/election_page.py" line="295"/>
        <source>删除选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="180"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="201"/>
        <source>1 设立选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="202"/>
        <source>2 候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="203"/>
        <source>3 选举文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="204"/>
        <source>4 计票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="205"/>
        <source>5 选举结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="242"/>
        <source>{0}  {1}
{2} {3} 名 · {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="260"/>
        <source>在左侧选择一次选举，或在“设立选举”中新建。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="263"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}选举{2} {3} 名，选举人 {4} 人，候选人 {5} 名，{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="296"/>
        <source>删除“{0}”及其候选人和 {1} 轮计票记录？此操作记入变更历史，不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="35"/>
        <source>导出会员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="38"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="43"/>
        <source>完整身份证号（可再导入；文件须妥善保管）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="44"/>
        <source>部分隐藏身份证号，如 110105********0021（外传时用；不能再导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="47"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="51"/>
        <source>按名册当前的筛选和排序导出 {0} 名会员到：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="58"/>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="59"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="45"/>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="46"/>
        <source>选择人事部门或下属单位报来的会员花名册：Excel（.xlsx、.xls）或 CSV 文件。表头上方的标题行、表尾的合计行会自动跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="49"/>
        <source>文件路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="50"/>
        <location filename="../../unionbook/ui/welcome.py" line="184"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="61"/>
        <source>选择要导入的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="62"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="181"/>
        <source>数据文件保存在哪里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="182"/>
        <source>全部台账保存在这一个文件里。备份时复制这个文件即可；程序也会自动备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="199"/>
        <source>保存数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="206"/>
        <source>请填写文件位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="209"/>
        <source>文件“{0}”已存在。请换一个文件名，或在欢迎界面中选择“打开已有数据文件”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsMenu</name>
    <message>
        <location filename="../../unionbook/ui/forms_menu.py" line="75"/>
        <source>请先在会员名册中选中会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms_menu.py" line="81"/>
        <source>当前名册中没有会员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms_menu.py" line="95"/>
        <source>未能生成“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/forms_menu.py" line="97"/>
        <source>正在生成“{0}”（{1} 名会员）…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="36"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="36"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="36"/>
        <source>状态变为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="36"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="37"/>
        <source>对方工会/文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="37"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="58"/>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="59"/>
        <source>女职工会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="60"/>
        <source>农民工会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="61"/>
        <source>入会率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="66"/>
        <source>会员构成（占现有会员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="67"/>
        <source>会员最多的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="105"/>
        <location filename="../../unionbook/ui/home_page.py" line="107"/>
        <location filename="../../unionbook/ui/home_page.py" line="109"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="107"/>
        <source>类型：{0}&#x3000;上级工会：{1}&#x3000;成立日期：{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="109"/>
        <source>统一社会信用代码：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="110"/>
        <source>（未通过校验，说明：{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="111"/>
        <source>职工人数：{0}&#x3000;覆盖单位：{1} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="115"/>
        <source>！ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="118"/>
        <source>在册 {0}，保留会籍 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="125"/>
        <source>请在工会信息中填写职工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="128"/>
        <source>在册会员 ÷ 职工人数 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="130"/>
        <source>女职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="130"/>
        <source>农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="130"/>
        <source>八大群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="131"/>
        <source>劳务派遣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="131"/>
        <source>一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="131"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="132"/>
        <source>困难职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/home_page.py" line="137"/>
        <source>占会员 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="35"/>
        <source>导入记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="39"/>
        <source>批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="39"/>
        <source>导入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="39"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="39"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="39"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="40"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="40"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="40"/>
        <source>未变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="40"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="40"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="46"/>
        <source>撤销一个批次会删除它新增的会员、恢复它修改过的信息。如果这些会员在导入后又被修改或办理了会籍变动，则不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="51"/>
        <source>撤销所选批次…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="65"/>
        <source>已撤销（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="65"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="92"/>
        <location filename="../../unionbook/ui/import_history.py" line="117"/>
        <source>撤销导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="93"/>
        <source>撤销批次 {0}（{1}，{2}）？
将删除该批次新增的 {3} 名会员，并恢复 {4} 名会员的原有信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="102"/>
        <source>正在撤销…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="118"/>
        <source>已撤销批次 {0}：删除新增的 {1} 名会员，恢复 {2} 名会员的原有信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_history.py" line="124"/>
        <source>不能撤销</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="311"/>
        <source>导入会员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../unionbook/ui/background.py" line="73"/>
        <source>发生意外错误：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/background.py" line="109"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/background.py" line="110"/>
        <source>正在生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="58"/>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="59"/>
        <source>会员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="63"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="64"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="65"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="105"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="106"/>
        <source>新建或打开其他工会…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="107"/>
        <source>打开数据文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="108"/>
        <source>工会信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="110"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="111"/>
        <source>备份到指定位置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="112"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="113"/>
        <source>打开备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="114"/>
        <source>修改记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="116"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="118"/>
        <source>会员(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="119"/>
        <source>新增会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="120"/>
        <source>编辑会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="121"/>
        <source>会籍变动与记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="123"/>
        <source>查找会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="125"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="126"/>
        <source>从 Excel/CSV 导入花名册…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="127"/>
        <source>导出当前名册到 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="128"/>
        <source>导入记录（可撤销）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="136"/>
        <source>文书(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="140"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="143"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="145"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="146"/>
        <location filename="../../unionbook/ui/main_window.py" line="323"/>
        <source>键盘快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="147"/>
        <location filename="../../unionbook/ui/main_window.py" line="326"/>
        <source>关于工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="153"/>
        <source>{0} — 工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="154"/>
        <source>数据文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="211"/>
        <source>已登记新会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="237"/>
        <source>转出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="237"/>
        <source>已办理转出。现在开具会员组织关系接转介绍信吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="247"/>
        <source>打开数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="248"/>
        <source>UnionBook 数据文件 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="258"/>
        <location filename="../../unionbook/ui/main_window.py" line="270"/>
        <source>已备份到：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="261"/>
        <source>-备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="262"/>
        <source>备份到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="262"/>
        <source>数据文件 (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="270"/>
        <source>备份完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="273"/>
        <source>选择要恢复的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="274"/>
        <source>数据文件 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="278"/>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="279"/>
        <source>将用备份“{0}”替换当前全部数据。当前数据会先自动另存一份备份。确定恢复吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="285"/>
        <source>未能恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="288"/>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="289"/>
        <source>已从备份恢复。恢复前的数据已另存为：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="322"/>
        <source>&lt;p&gt;在名册中：直接打字即查找；回车或双击打开会员；编辑会员时回车跳到下一项，Ctrl+S 保存，Esc 取消。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="327"/>
        <source>&lt;b&gt;工会台账 UnionBook&lt;/b&gt; {0}&lt;br&gt;基层工会会员实名制台账、会籍管理与统计。&lt;br&gt;数据只保存在本机文件中：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="335"/>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="335"/>
        <source>后台任务仍在进行，完成后才能关闭数据文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/main_window.py" line="342"/>
        <source>关闭时备份失败</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="37"/>
        <source>核对列对应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="38"/>
        <source>已按表头自动识别各列，请核对“导入为”一栏；不需要的列选“（不导入）”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="43"/>
        <source>保存为方案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="46"/>
        <source>工作表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="49"/>
        <source>列对应方案：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="58"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="58"/>
        <source>表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="58"/>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="58"/>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="77"/>
        <source>（自动识别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="85"/>
        <source>正在读取“{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="96"/>
        <source>无法读取：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="110"/>
        <source>，文字编码 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="111"/>
        <source>表头在第 {0} 行，共 {1} 列，其下约 {2} 行数据{3}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="125"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="159"/>
        <source>保存列对应方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="160"/>
        <source>方案名称（如“人事部花名册”）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="178"/>
        <source>列对应不完整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="179"/>
        <source>请指定哪一列是：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="183"/>
        <source>列对应重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_mapping.py" line="183"/>
        <source>以下字段对应了不止一列，请只保留一列：{0}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="80"/>
        <source>新建会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="80"/>
        <location filename="../../unionbook/ui/meeting_page.py" line="357"/>
        <source>删除会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="80"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="94"/>
        <source>如：上午9时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="98"/>
        <source>保存会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="101"/>
        <source>会议类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="102"/>
        <source>会议名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="103"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="104"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="105"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="106"/>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="107"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="115"/>
        <source>会议信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="116"/>
        <location filename="../../unionbook/ui/meeting_page.py" line="164"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="117"/>
        <source>议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="118"/>
        <source>表决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="119"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="124"/>
        <source>签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="126"/>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="150"/>
        <source>输入或刷会员证号、身份证号后按回车签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="153"/>
        <source>在名单中查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="166"/>
        <source>取消签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="168"/>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="170"/>
        <source>全部到会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="172"/>
        <source>加为应到人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="175"/>
        <source>列席人员姓名（不计入法定人数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="176"/>
        <source>加为列席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="189"/>
        <source>增加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="200"/>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="200"/>
        <source>讨论和决定情况（写入纪要）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="203"/>
        <source>增加议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="205"/>
        <source>删除所选议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="207"/>
        <source>保存议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="222"/>
        <source>表决事项，如：通过工会工作报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="226"/>
        <source>记录表决结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="231"/>
        <source>删除所选表决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="234"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="235"/>
        <source>赞成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="236"/>
        <source>反对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="237"/>
        <source>弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="250"/>
        <source>关联到本次会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="254"/>
        <source>本次会议上进行的选举（结果写入会议纪要）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="278"/>
        <source>应到 {0} 实到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="300"/>
        <source>新会议：填写会议信息后保存。会员大会默认全体在册会员应到，委员会会议默认现任委员应到。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="350"/>
        <source>未能保存会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="357"/>
        <source>删除会议“{0}”及其签到、议程和表决记录？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="393"/>
        <source>未能签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="397"/>
        <source>&#x3000;（{0} 已签到）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="432"/>
        <source>未能保存议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="443"/>
        <source>未能记录表决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/meeting_page.py" line="472"/>
        <source>未能生成文书</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="110"/>
        <source>新增会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="110"/>
        <source>编辑会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="116"/>
        <source>18位身份证号，15位旧号将自动转换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="132"/>
        <source>农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="133"/>
        <source>一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="134"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="135"/>
        <source>困难职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="138"/>
        <source>如 2019-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="147"/>
        <source>转入时填写原工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="149"/>
        <source>介绍信编号或文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="151"/>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="153"/>
        <source>姓名 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="154"/>
        <source>身份证号 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="156"/>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="157"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="158"/>
        <source>文化程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="159"/>
        <source>政治面貌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="160"/>
        <source>户籍类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="162"/>
        <source>工作与会籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="164"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="165"/>
        <source>岗位/职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="166"/>
        <source>用工形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="167"/>
        <source>八大群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="173"/>
        <source>标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="174"/>
        <source>会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="175"/>
        <source>入会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="177"/>
        <source>登记方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="178"/>
        <source>原工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="179"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="192"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="193"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="201"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="255"/>
        <source>（由15位旧号转换为 {0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="256"/>
        <source>性别：{0}&#x3000;出生日期：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="284"/>
        <source>入会日期：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/member_dialog.py" line="307"/>
        <source>已保存，请注意</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="43"/>
        <source>姓名、拼音首字母、身份证号或会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="47"/>
        <source>加入 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="68"/>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_widgets.py" line="69"/>
        <source>劳模</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUnionWizard</name>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="228"/>
        <source>新建工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="230"/>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="231"/>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="232"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="233"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersPanel</name>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="94"/>
        <source>第1号票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="95"/>
        <source>票箱名称，用顿号分开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="100"/>
        <source>按现行规则生成，提交大会通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="101"/>
        <source>按姓氏笔画为序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="102"/>
        <source>每名选举人一张，带编号；下一轮的候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="103"/>
        <source>每个票箱一张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="104"/>
        <source>计票结束后报上一级工会审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="114"/>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="117"/>
        <source>票箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="154"/>
        <source>已生成：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="159"/>
        <source>未能生成{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="161"/>
        <source>正在生成{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="170"/>
        <source>印制选票前请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="171"/>
        <source>候选人尚有以下问题：
{0}

仍要印制选票吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="40"/>
        <source>预览：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="48"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="51"/>
        <source>页码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="54"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="55"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="57"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="58"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="59"/>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="62"/>
        <source>保存…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="65"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="68"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="106"/>
        <source>无法预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="106"/>
        <source>无法打开PDF文件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../unionbook/ui/pdf_preview.py" line="109"/>
        <source>共 %n 页</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="167"/>
        <source>保存PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="168"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="180"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="181"/>
        <source>无法保存到“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="190"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="201"/>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="201"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="206"/>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/pdf_preview.py" line="206"/>
        <source>无法开始打印，请检查打印机。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="82"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="83"/>
        <source>以下是导入将要做的事，此时尚未写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="85"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="89"/>
        <source>取消检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="91"/>
        <location filename="../../unionbook/ui/import_wizard.py" line="92"/>
        <location filename="../../unionbook/ui/import_wizard.py" line="94"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="91"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="91"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="91"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="92"/>
        <location filename="../../unionbook/ui/import_wizard.py" line="94"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="92"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="92"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="92"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="94"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="94"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="95"/>
        <source>入会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="97"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="98"/>
        <source>更新明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="99"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="102"/>
        <source>导出问题行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="123"/>
        <source>正在逐行检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="156"/>
        <source>（可返回上一步修改后重试）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="164"/>
        <source>读到 {0} 行：新增 {1} 名，更新 {2} 名，未变 {3} 名；有错误 {4} 行（{5} 处），提示 {6} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="167"/>
        <source>表尾的合计、说明等 {0} 行已跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="169"/>
        <source>没有需要写入的变化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="171"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="171"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="178"/>
        <source>问题（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="179"/>
        <source>更新明细（{0}人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="180"/>
        <source>新增（{0}人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="183"/>
        <source>跳过有错误的 {0} 行，只导入其余各行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="192"/>
        <source>{0}-问题行.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="193"/>
        <location filename="../../unionbook/ui/import_wizard.py" line="203"/>
        <source>导出问题行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="193"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="203"/>
        <source>已导出 {0} 行到：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../unionbook/ui/profile_dialog.py" line="18"/>
        <source>工会信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/profile_dialog.py" line="35"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/profile_dialog.py" line="36"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="286"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="298"/>
        <source>没有需要写入的变化，台账未改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="300"/>
        <source>已导入：新增 {0} 名会员，更新 {1} 名，未变 {2} 名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="303"/>
        <source>有错误的 {0} 行未导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/import_wizard.py" line="304"/>
        <source>批次号：{0}。如需撤销，可在“导入记录”中选择该批次撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="357"/>
        <source>进行下一轮计票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="360"/>
        <source>大会同意减少名额的说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="361"/>
        <source>经大会同意减少名额，结束选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="363"/>
        <source>登记为新一届任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="366"/>
        <source>当选人（按当选先后、得票多少）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="368"/>
        <source>计票说明（可向大会宣读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="392"/>
        <source>请先选择或设立一次选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="401"/>
        <source>{0}&#x3000;{1} 票（第 {2} 轮）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="407"/>
        <source>尚未计票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="422"/>
        <source>不能减少名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="432"/>
        <source>不能登记任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_count_panel.py" line="434"/>
        <source>已登记：{0}，任期至 {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="56"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="56"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="56"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="57"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="57"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="57"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="58"/>
        <source>会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="58"/>
        <source>入会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="58"/>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="59"/>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="59"/>
        <source>八大群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="164"/>
        <source>农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_model.py" line="166"/>
        <source>劳务派遣</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="42"/>
        <source>现有会员（在册+保留会籍）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="43"/>
        <source>在册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="44"/>
        <source>保留会籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="45"/>
        <source>已转出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="46"/>
        <source>已退会/视为退会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="47"/>
        <source>已开除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="48"/>
        <source>全部（含已离开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="62"/>
        <source>查找：姓名、拼音（如 zs）、身份证号、电话、会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="72"/>
        <source>全部人群</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="76"/>
        <source>八大群体：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="79"/>
        <source>新增会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="80"/>
        <source>新增会员（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="81"/>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="82"/>
        <source>从 Excel 导入花名册，或把当前名册导出到 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="83"/>
        <source>打印文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="84"/>
        <source>为选中的会员（或当前名册）生成表格、花名册、介绍信、会员证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="149"/>
        <source>全部单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="180"/>
        <source>符合条件的会员：{0} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/roster_page.py" line="183"/>
        <source>&#x3000;已选 {0} 名（打印文书时只用选中的会员）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="49"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="49"/>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="49"/>
        <source>现行值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="49"/>
        <source>可信度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="49"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="50"/>
        <source>本会覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="70"/>
        <source>{0}（{1} {2}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="96"/>
        <source>选用此规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="101"/>
        <source>查找规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="102"/>
        <source>只看待核实的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="126"/>
        <source>依据：文件名称、文号或会议决定（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="127"/>
        <source>为本会覆盖此值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="129"/>
        <source>恢复规则集的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="131"/>
        <source>所选规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="135"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="136"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="145"/>
        <source>规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="175"/>
        <source>共 {0} 项规则，其中 &lt;b style=&apos;color:#b3261e&apos;&gt;待核实 {1} 项&lt;/b&gt;（凭记忆整理、尚未在原文中核实，使用前请对照本省规定）；本会覆盖 {2} 项。覆盖的值用于此后设立的选举，已设立的选举按设立时的规则计票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="211"/>
        <source>在上表中选择一项规则，可查看来源，或为本会覆盖其值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="213"/>
        <source>【待核实】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="214"/>
        <source>规则项：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="215"/>
        <source>现行值：{0}&#x3000;规则集的值：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="216"/>
        <source>来源：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="218"/>
        <source>说明：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="220"/>
        <source>本会覆盖：{0}，{1} 于 {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="231"/>
        <source>未能覆盖规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/rules_page.py" line="251"/>
        <source>未能选用规则集</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="57"/>
        <source>如：第五届委员会选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="74"/>
        <source>名额等不符合规定表格时，写明依据（如上级工会批复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="76"/>
        <source>设为会员代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="78"/>
        <source>清空代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="80"/>
        <source>会员代表（会员代表大会选举时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="88"/>
        <source>选举名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="89"/>
        <source>选举对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="90"/>
        <source>选举大会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="91"/>
        <source>选举日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="92"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="93"/>
        <source>应选名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="94"/>
        <source>任期（年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="95"/>
        <source>在哪次会议上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="96"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="98"/>
        <source>设立选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="103"/>
        <source>在此设立一次新的选举；设立后在左侧列表中选中它，依次确定候选人、印制文书、计票。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="107"/>
        <source>检查结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="129"/>
        <source>（暂不确定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="131"/>
        <source>{0} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="135"/>
        <source>（不关联会议）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="152"/>
        <source>已选代表 {0} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="166"/>
        <source>{0}（已填写说明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="169"/>
        <source>选举人 {0} 人（会员 {1} 人，其中在册 {2} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_setup_panel.py" line="185"/>
        <source>不能设立选举</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="60"/>
        <source>会籍变动：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="63"/>
        <source>当前状态：&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="85"/>
        <source>办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="86"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="87"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="88"/>
        <source>对方工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="89"/>
        <source>文号/介绍信编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="92"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="93"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="102"/>
        <source>会籍记录（只增不删）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="114"/>
        <source>必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/status_dialog.py" line="114"/>
        <source>选填</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="41"/>
        <source>登记任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="51"/>
        <source>{0} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="54"/>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="56"/>
        <source>按所选职务加入 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="59"/>
        <source>移出所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="62"/>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="63"/>
        <source>第几届</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="64"/>
        <source>任期开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="65"/>
        <source>任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="66"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="67"/>
        <source>从会员名册选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="69"/>
        <source>组成人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/term_dialog.py" line="118"/>
        <source>不能登记任期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="52"/>
        <source>现任机构与任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="57"/>
        <source>登记任期…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="70"/>
        <source>{0} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="71"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;：{1} 至 {2}，{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/election_page.py" line="76"/>
        <source>尚未登记任期。登记后，首页会在任期届满前六个月提醒换届。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnionPage</name>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="128"/>
        <source>工会基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="129"/>
        <source>带 * 的为必填项。以后可在“工会信息”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="131"/>
        <source>如：某某有限公司工会委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="134"/>
        <source>18位，基层工会以81开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="136"/>
        <source>代码未通过校验但确认无误时，请说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="153"/>
        <source>工会名称 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="154"/>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="155"/>
        <source>校验说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="156"/>
        <source>工会类型 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="157"/>
        <source>上级工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="158"/>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="159"/>
        <source>职工人数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="44"/>
        <source>欢迎使用工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="46"/>
        <source>工会台账 UnionBook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="48"/>
        <source>会员实名制台账、会籍管理、统计与报表。数据保存在本机的一个文件中，不需要联网。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="50"/>
        <source>新建工会(&amp;N)…
填写工会名称、信用代码等，几步完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="51"/>
        <source>打开数据文件(&amp;O)…
打开已有的工会台账文件（如U盘上的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="52"/>
        <source>打开演示工会(&amp;D)
一个有 2000 名会员的乡镇工会联合会，随便试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="73"/>
        <source>最近打开（双击打开）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="92"/>
        <source>打开数据文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../unionbook/ui/app.py" line="69"/>
        <source>工会台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/app.py" line="95"/>
        <source>“{0}”中没有工会信息，请用“新建工会”建立。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/app.py" line="98"/>
        <source>无法打开数据文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../unionbook/ui/common.py" line="18"/>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/common.py" line="22"/>
        <source>发生意外错误：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="85"/>
        <location filename="../../unionbook/ui/export_dialog.py" line="90"/>
        <source>导出会员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="86"/>
        <source>已导出 {0} 名会员到：
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="92"/>
        <source>正在导出会员名册…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../unionbook/ui/export_dialog.py" line="71"/>
        <source>会员名册-{0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../unionbook/ui/welcome.py" line="35"/>
        <source>UnionBook 数据文件 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
