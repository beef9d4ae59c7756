<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationManager</name>
    <message>
        <location filename="../desktop/ui/conversation_tabs.py" line="19"/>
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
</context>
<context>
    <name>CopyGateDialog</name>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="35"/>
        <source>Check the reply before copying</source>
        <translation>复制前请检查回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="43"/>
        <source>This reply cannot be copied until these problems are fixed:</source>
        <translation>请先修正以下问题，才能复制此回复：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="45"/>
        <source>Please check these warnings:</source>
        <translation>请检查以下警告：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="51"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="51"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="59"/>
        <source>Copy anyway</source>
        <translation>仍然复制</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="67"/>
        <source>Glossary editor</source>
        <translation>术语表编辑器</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="77"/>
        <source>Search terms in any language</source>
        <translation>用任意语言搜索术语</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="87"/>
        <source>Terms (first = preferred, !term = forbidden)</source>
        <translation>术语（第一个为首选，!术语 为禁用）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="99"/>
        <source>New concept</source>
        <translation>新建概念</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="100"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="101"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="102"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="104"/>
        <source>Concept id</source>
        <translation>概念编号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="105"/>
        <source>Part of speech</source>
        <translation>词性</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="106"/>
        <source>Definition (English)</source>
        <translation>定义（英文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="107"/>
        <source>Definition (Chinese)</source>
        <translation>定义（中文）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="108"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="124"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="126"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="185"/>
        <source>The id must be lowercase letters, digits and &apos;-&apos;.</source>
        <translation>编号只能包含小写字母、数字和“-”。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="193"/>
        <source>An English term is required.</source>
        <translation>必须填写英文术语。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="225"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="247"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="259"/>
        <source>Glossary changed on disk</source>
        <translation>术语表文件已被修改</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="260"/>
        <source>%1 was also changed by someone else. Keep your version?</source>
        <translation>%1 也被其他人修改过。保留您的版本吗？</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="273"/>
        <source>Not saved: %1 conflicts are unresolved.</source>
        <translation>未保存：%1 处冲突尚未解决。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="276"/>
        <source>Saved %1 concepts of your own glossary to %2</source>
        <translation>已将您自己术语表中的 %1 个概念保存到 %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="24"/>
        <source>Export as TBX...</source>
        <translation>导出为 TBX...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="26"/>
        <source>Export as TBX v2 (Weblate, MultiTerm)...</source>
        <translation>导出为 TBX v2（Weblate、MultiTerm）...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="27"/>
        <source>Export as Excel...</source>
        <translation>导出为 Excel...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="28"/>
        <source>Export as CSV...</source>
        <translation>导出为 CSV...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="30"/>
        <source>Export do-not-translate list as CSV...</source>
        <translation>将不翻译列表导出为 CSV...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="43"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="45"/>
        <source>Import file (TBX, Excel, CSV)...</source>
        <translation>导入文件（TBX、Excel、CSV）...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="49"/>
        <source>Import OmegaT glossary...</source>
        <translation>导入 OmegaT 术语表...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="60"/>
        <source>Import glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="66"/>
        <source>OmegaT glossary</source>
        <translation>OmegaT 术语表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="68"/>
        <source>Language of the first column</source>
        <translation>第一列的语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="69"/>
        <source>Language of the second column</source>
        <translation>第二列的语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="92"/>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="96"/>
        <location filename="../desktop/ui/glossary_editor_io.py" line="134"/>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="125"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="140"/>
        <source>Imported %1 new and %2 changed concepts and %3 do-not-translate terms from %4 into %5</source>
        <translation>已从 %4 导入 %1 个新概念、%2 个已更改概念和 %3 个不翻译术语，保存到 %5</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="149"/>
        <source>Export glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="162"/>
        <source>Not exported: the folder %1 does not exist</source>
        <translation>未导出：文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="171"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="174"/>
        <source>Exported %1 concepts and %2 do-not-translate terms to %3</source>
        <translation>已将 %1 个概念和 %2 个不翻译术语导出到 %3</translation>
    </message>
</context>
<context>
    <name>GlossaryHighlighter</name>
    <message>
        <location filename="../desktop/ui/glossary_highlighter.py" line="38"/>
        <source>%1: do not translate</source>
        <translation>%1：请勿翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_highlighter.py" line="46"/>
        <source>Forbidden term: do not use it in replies.</source>
        <translation>禁用术语：请勿在回复中使用。</translation>
    </message>
</context>
<context>
    <name>GlossaryImportDialog</name>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="36"/>
        <source>Import glossary: preview</source>
        <translation>导入术语表：预览</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="41"/>
        <source>%1, encoding %2</source>
        <translation>%1，编码 %2</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="43"/>
        <source>%1 (%2): %3 new concepts, %4 changed, %5 unchanged, %6 new do-not-translate terms, %7 not imported.</source>
        <translation>%1（%2）：%3 个新概念，%4 个已更改，%5 个未变，%6 个新的不翻译术语，%7 项未导入。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="53"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="53"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="53"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="57"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="77"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="81"/>
        <source>New concepts (%1)</source>
        <translation>新概念（%1）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="85"/>
        <source>Changed concepts (%1)</source>
        <translation>已更改的概念（%1）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="91"/>
        <source>New do-not-translate terms (%1)</source>
        <translation>新的不翻译术语（%1）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="95"/>
        <source>Not imported (%1)</source>
        <translation>未导入（%1）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="104"/>
        <source>%1: you changed this concept in your own glossary; the import replaces your version</source>
        <translation>%1：您在自己的术语表中修改过此概念；导入将替换您的版本</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="107"/>
        <source>%1: the %2 term “%3” is already the preferred term of %4</source>
        <translation>%1：%2 术语“%3”已是 %4 的首选术语</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="45"/>
        <source>Sent replies</source>
        <translation>已发送的回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="50"/>
        <source>Search replies, messages or template ids</source>
        <translation>搜索回复、客户消息或模板编号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Copied</source>
        <translation>复制时间</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="58"/>
        <source>Export CSV...</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="60"/>
        <source>Recovery phrases and keys are removed before anything is saved.</source>
        <translation>保存前会移除助记词和私钥。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="91"/>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="92"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>IncomingPane</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="187"/>
        <source>Incoming</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="189"/>
        <source>Paste the customer&apos;s message here (Ctrl+Shift+V pastes and detects)</source>
        <translation>在此粘贴客户消息（Ctrl+Shift+V 粘贴并识别语言）</translation>
    </message>
</context>
<context>
    <name>IncomingPresenter</name>
    <message>
        <location filename="../desktop/ui/incoming_presenter.py" line="47"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_presenter.py" line="64"/>
        <source>Long message (%1 characters): the start is shown; all of it is checked.</source>
        <translation>长消息（%1 个字符）：仅显示开头部分，但会检查全部内容。</translation>
    </message>
</context>
<context>
    <name>LanguageChip</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="116"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="134"/>
        <source>Language: -</source>
        <translation>语言：-</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="137"/>
        <source>Language: loading...</source>
        <translation>语言：正在加载…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="141"/>
        <source>Language: unknown - please choose</source>
        <translation>语言：未知 - 请选择</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="146"/>
        <source>%1? (%2%) - please confirm</source>
        <translation>%1？（%2%）- 请确认</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="149"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="154"/>
        <source>%1 (set by you)</source>
        <translation>%1（手动设置）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="47"/>
        <location filename="../desktop/ui/main_window.py" line="286"/>
        <source>ReplyBridge</source>
        <translation>ReplyBridge</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="77"/>
        <source>Starting...</source>
        <translation>正在启动...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="127"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="26"/>
        <source>Paste &amp;&amp; detect</source>
        <translation>粘贴并识别</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="28"/>
        <source>Focus reply</source>
        <translation>转到回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="30"/>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="32"/>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="34"/>
        <source>Settings...</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="36"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="37"/>
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="39"/>
        <source>Close conversation</source>
        <translation>关闭会话</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="41"/>
        <source>Sent replies...</source>
        <translation>已发送的回复…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="43"/>
        <source>Language packs...</source>
        <translation>语言包…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="45"/>
        <source>Translate reply</source>
        <translation>翻译回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="47"/>
        <source>Compact mode</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="49"/>
        <source>Watch clipboard</source>
        <translation>监听剪贴板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="73"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="91"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="100"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>Checking the message for secrets failed.</source>
        <translation>检查消息中的敏感信息失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="171"/>
        <source>Language detection failed.</source>
        <translation>语言识别失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>Translating the message failed.</source>
        <translation>翻译客户消息失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="173"/>
        <source>Suggesting templates failed.</source>
        <translation>推荐模板失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="174"/>
        <source>Filling in the template failed.</source>
        <translation>填写模板失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="175"/>
        <source>Translating the reply failed.</source>
        <translation>翻译回复失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="176"/>
        <source>Checking the reply failed; it was not copied.</source>
        <translation>检查回复失败，未复制。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>The draft could not be saved.</source>
        <translation>无法保存草稿。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="178"/>
        <source>The copied reply could not be added to the history.</source>
        <translation>已复制的回复无法写入历史记录。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="184"/>
        <source>Could not load %1; see the log file.</source>
        <translation>无法加载%1，请查看日志文件。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199"/>
        <source>History is not available.</source>
        <translation>历史记录不可用。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="221"/>
        <source>Some settings could not be used (see Settings).</source>
        <translation>部分设置无法使用（请查看设置）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="224"/>
        <source>The history database was damaged; it was moved aside to %1.</source>
        <translation>历史数据库已损坏，已移至 %1。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227"/>
        <source>History and drafts cannot be saved on this computer.</source>
        <translation>此电脑上无法保存历史记录和草稿。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="51"/>
        <source>Glossary editor...</source>
        <translation>术语表编辑器…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="53"/>
        <source>Add term from selection</source>
        <translation>将选中内容添加为术语</translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_actions.py" line="36"/>
        <source>Select a word or phrase first.</source>
        <translation>请先选中一个词或短语。</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="78"/>
        <source>Language packs</source>
        <translation>语言包</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="88"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="88"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="88"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="93"/>
        <source>Install from file...</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="97"/>
        <source>Show available packs</source>
        <translation>显示可下载的语言包</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="100"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="115"/>
        <source>Index or team mirror:</source>
        <translation>索引或团队镜像：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="123"/>
        <source>Installed (used offline; nothing is downloaded unless you ask):</source>
        <translation>已安装（离线使用；除非您要求，否则不会下载任何内容）：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="221"/>
        <source>Cancelling...</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="240"/>
        <location filename="../desktop/ui/packs_dialog.py" line="285"/>
        <source>Not installed: %1</source>
        <translation>未安装：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="210"/>
        <source>Installed %1 → %2 (version %3).</source>
        <translation>已安装 %1 → %2（版本 %3）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="199"/>
        <source>Cancelled. Nothing was installed.</source>
        <translation>已取消，未安装任何内容。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="232"/>
        <source>Install language pack</source>
        <translation>安装语言包</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="232"/>
        <source>Argos packs (*.argosmodel)</source>
        <translation>Argos 语言包 (*.argosmodel)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="238"/>
        <source>Checking the pack...</source>
        <translation>正在检查语言包…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="247"/>
        <source>Choose a pack to remove first.</source>
        <translation>请先选择要删除的语言包。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="250"/>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/packs_dialog.py" line="254"/>
        <source>Removed %n pack(s).</source>
        <translation>
            <numerusform>已删除 %n 个语言包。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="259"/>
        <source>Reading the index...</source>
        <translation>正在读取索引…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="261"/>
        <source>Cannot read the index: %1</source>
        <translation>无法读取索引：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/packs_dialog.py" line="274"/>
        <source>%n pack(s) available.</source>
        <translation>
            <numerusform>有 %n 个语言包可用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="280"/>
        <source>Choose a pack to download first.</source>
        <translation>请先选择要下载的语言包。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="282"/>
        <source>Downloading...</source>
        <translation>正在下载…</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="62"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="63"/>
        <source>Write or pick a template; the reply goes here.</source>
        <translation>在此撰写回复，或选择一个模板。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="64"/>
        <source>Back-translation (what the customer will read).</source>
        <translation>回译（客户将看到的内容）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="65"/>
        <source>Other possible translations</source>
        <translation>其他可选译文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="66"/>
        <source>Translate for customer</source>
        <translation>翻译成客户语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="67"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ReplyPresenter</name>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="92"/>
        <source>Option %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="108"/>
        <source>Native template in the customer&apos;s language.</source>
        <translation>已使用客户语言的原生模板。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="110"/>
        <source>Machine-translated; safety sentences use approved wording.</source>
        <translation>机器翻译；安全提示使用经审核的固定译文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="112"/>
        <source>No language pack: the reply is in English.</source>
        <translation>没有语言包：回复为英文。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="113"/>
        <source>You edited the reply; the form change was not applied.</source>
        <translation>您已修改回复，表单的更改未应用。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="114"/>
        <source>Translating...</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="116"/>
        <source>Write a reply and make sure the customer&apos;s language is known.</source>
        <translation>请先撰写回复，并确认客户的语言。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="119"/>
        <source>The reply changed while it was translated: translate again.</source>
        <translation>翻译期间回复已被修改，请重新翻译。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="121"/>
        <source>Nothing to copy: the reply is empty.</source>
        <translation>没有可复制的内容：回复为空。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="122"/>
        <source>Checking the reply...</source>
        <translation>正在检查回复...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="124"/>
        <source>The reply changed while it was checked: press Copy again.</source>
        <translation>检查期间回复已被修改：请再按一次“复制”。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="127"/>
        <source>The reply could not be checked, so it was not copied: %1</source>
        <translation>无法检查回复，因此未复制：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="129"/>
        <source>Copied. Paste it into your helpdesk.</source>
        <translation>已复制，请粘贴到工单系统中。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="130"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="133"/>
        <source>No language pack for %1 → %2.</source>
        <translation>没有 %1 → %2 的语言包。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="143"/>
        <source>Fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="146"/>
        <source>Translated. Check the back-translation before copying.</source>
        <translation>已翻译。复制前请核对回译。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="148"/>
        <source>Glossary terms enforced: %1</source>
        <translation>已强制使用术语：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="150"/>
        <source>Forbidden terms in the translation: %1</source>
        <translation>译文中有禁用术语：%1</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="61"/>
        <source>Use the security reply</source>
        <translation>使用安全回复模板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="62"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="77"/>
        <source>The customer shared a recovery phrase. Never store or repeat it; advise them to move their funds to a new wallet right away. It is hidden from translation, history and the clipboard.</source>
        <translation>客户发送了助记词。切勿保存或重复；请建议客户立即将资产转移到新钱包。助记词不会进入翻译、历史记录和剪贴板。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="83"/>
        <source>The message seems to contain a recovery phrase (a word off or missing). Treat it as exposed: never store or repeat it, and advise moving funds to a new wallet.</source>
        <translation>消息中似乎包含助记词（有一个词错误或缺失）。请视为已泄露：切勿保存或重复，并建议客户将资产转移到新钱包。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="88"/>
        <source>The customer shared a private key. Never store or repeat it; advise them to move their funds to a new wallet right away.</source>
        <translation>客户发送了私钥。切勿保存或重复；请建议客户立即将资产转移到新钱包。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="47"/>
        <location filename="../desktop/ui/settings_dialog.py" line="209"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="53"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="66"/>
        <source>Language packs on this computer</source>
        <translation>本机语言包</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="67"/>
        <source>Team LibreTranslate server</source>
        <translation>团队 LibreTranslate 服务器</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="75"/>
        <source>Leave empty to keep the stored key</source>
        <translation>留空则保留已保存的密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="76"/>
        <source>Keep the key for this session only</source>
        <translation>仅在本次运行期间保存密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="89"/>
        <source>Take customer messages copied in other apps (clipboard watch)</source>
        <translation>自动读取在其他应用中复制的客户消息（剪贴板监视）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="93"/>
        <source>Compact mode stays on top of other windows</source>
        <translation>紧凑模式下窗口保持在最前</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="96"/>
        <source>Forget what the suggestions learned</source>
        <translation>清除模板推荐学到的内容</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="99"/>
        <source>Suggestions rank templates you used for similar messages higher (only the messages&apos; features are kept, never their text). This clears them.</source>
        <translation>模板推荐会优先显示您曾用于类似消息的模板（只保存消息的特征，从不保存原文）。此按钮会清除这些记录。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="104"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="105"/>
        <source>Your name (sign-off)</source>
        <translation>您的名字（落款）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="106"/>
        <source>Your working language</source>
        <translation>您的工作语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="107"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="108"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="109"/>
        <source>Server API key</source>
        <translation>服务器 API 密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="112"/>
        <source>Pack index or mirror</source>
        <translation>语言包索引或镜像</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="113"/>
        <source>Official domains</source>
        <translation>官方域名</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="116"/>
        <source>Suggestions</source>
        <translation>模板推荐</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="117"/>
        <source>(no team profile)</source>
        <translation>（无团队配置）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="118"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="129"/>
        <source>Set by your team profile</source>
        <translation>由团队配置设定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="153"/>
        <source>Forgotten</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="158"/>
        <source>%1: unknown setting %2 (ignored)</source>
        <translation>%1：未知设置项 %2（已忽略）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="159"/>
        <source>%1: %2 has the wrong type, expected %3 (default used)</source>
        <translation>%1：%2 类型错误，应为 %3（已使用默认值）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="160"/>
        <source>%1: %2 must be one of %3 (default used)</source>
        <translation>%1：%2 必须是 %3 之一（已使用默认值）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="161"/>
        <source>%1: folder for %2 not found: %3</source>
        <translation>%1：找不到 %2 的文件夹：%3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="162"/>
        <source>%1: the file cannot be read: %3</source>
        <translation>%1：无法读取文件：%3</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="163"/>
        <source>%1: %2 is set by the team profile</source>
        <translation>%1：%2 由团队配置设定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="165"/>
        <source>Team profile</source>
        <translation>团队配置</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="165"/>
        <source>Your settings</source>
        <translation>您的设置</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="171"/>
        <source>API keys are kept in the system keychain.</source>
        <translation>API 密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="175"/>
        <source>is locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="175"/>
        <source>is not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="178"/>
        <source>The system keychain %1: a key can be kept for this session only.</source>
        <translation>系统钥匙串%1：密钥只能在本次运行期间保存。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="223"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="224"/>
        <source>The key could not be stored in the keychain. Open Settings again and choose to keep it for this session only.</source>
        <translation>无法将密钥保存到钥匙串。请重新打开设置，并选择仅在本次运行期间保存。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="209"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>TabsPresenter</name>
    <message>
        <location filename="../desktop/ui/tabs_presenter.py" line="75"/>
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="44"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="45"/>
        <source>Search templates (Ctrl+T)</source>
        <translation>搜索模板（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>TemplatePresenter</name>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="87"/>
        <source>Some templates have errors:</source>
        <translation>部分模板有错误：</translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="162"/>
        <source>Score: %1</source>
        <translation>匹配度：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="165"/>
        <source>Because of: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="179"/>
        <source>you used it for a similar message</source>
        <translation>您曾用于类似消息</translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="286"/>
        <source>This does not look like a valid %1.</source>
        <translation>这看起来不是有效的%1。</translation>
    </message>
</context>
<context>
    <name>TranslationPane</name>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="62"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="64"/>
        <source>Install language pack...</source>
        <translation>安装语言包…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="65"/>
        <source>The translation appears here.</source>
        <translation>译文显示在这里。</translation>
    </message>
</context>
<context>
    <name>TranslationPresenter</name>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="47"/>
        <source>Same language as yours: no translation</source>
        <translation>与您的语言相同：无需翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="56"/>
        <source>No language pack for %1 → %2. Install one to translate offline.</source>
        <translation>没有 %1 → %2 的语言包。安装后即可离线翻译。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="74"/>
        <source>Long message: the first %1 characters were translated.</source>
        <translation>长消息：仅翻译了前 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="78"/>
        <source>Some parts were translated separately to keep addresses intact.</source>
        <translation>为保证地址等内容不被改动，部分内容已分段翻译。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="80"/>
        <source>Translation cancelled.</source>
        <translation>已取消翻译。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="82"/>
        <source>Translation failed: %1</source>
        <translation>翻译失败：%1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../desktop/ui/desk.py" line="91"/>
        <source>Show ReplyBridge</source>
        <translation>显示 ReplyBridge</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../desktop/ui/codes.py" line="17"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="18"/>
        <source>Transaction hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="19"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="20"/>
        <source>Memo/tag</source>
        <translation>备注（Memo/Tag）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="21"/>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="22"/>
        <source>Email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="23"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="25"/>
        <source>recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="26"/>
        <source>likely recovery phrase</source>
        <translation>疑似助记词</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="27"/>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="28"/>
        <source>extended private key (xprv)</source>
        <translation>扩展私钥（xprv）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="30"/>
        <source>Its capital letters do not match the EIP-55 checksum: a character was changed.</source>
        <translation>大小写与 EIP-55 校验不符：有字符被改动。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="33"/>
        <source>A digit is missing or extra (an EVM address has 40 hex digits after 0x).</source>
        <translation>少了或多了一位（EVM 地址在 0x 之后有 40 位十六进制字符）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="36"/>
        <source>A character is missing or extra (a transaction hash has 64 hex digits).</source>
        <translation>少了或多了一个字符（交易哈希有 64 位十六进制字符）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="39"/>
        <source>It contains a character addresses never use (0, O, I or l).</source>
        <translation>包含地址中不会出现的字符（0、O、I 或 l）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="42"/>
        <source>Its checksum fails: a character was changed or mistyped.</source>
        <translation>校验失败：有字符被改动或输错。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="45"/>
        <source>It has the wrong length: a character is missing or extra.</source>
        <translation>长度不对：少了或多了一个字符。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="48"/>
        <source>It decodes to more than 32 bytes, so it is not a Solana address: a character was changed or added.</source>
        <translation>解码后超过 32 字节，因此不是有效的 Solana 地址：有字符被改动或多加了字符。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="53"/>
        <source>It mixes capital and small letters, which bech32 addresses never do.</source>
        <translation>混用了大小写字母，bech32 地址不会这样。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="56"/>
        <source>It contains a character bech32 addresses never use (1, b, i or o).</source>
        <translation>包含 bech32 地址不会使用的字符（1、b、i 或 o）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="59"/>
        <source>Its bech32 checksum fails: a character was changed.</source>
        <translation>bech32 校验失败：有字符被改动。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="62"/>
        <source>Its checksum holds but its version or length is not a valid address.</source>
        <translation>校验通过，但版本或长度不是有效地址。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="65"/>
        <source>Its TON checksum fails: a character was changed.</source>
        <translation>TON 地址校验失败：有字符被改动。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="66"/>
        <source>Its format is not valid.</source>
        <translation>格式无效。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="68"/>
        <source>TRC-20 was mentioned with an 0x (EVM) address: check the network.</source>
        <translation>提到 TRC-20，但地址是 0x（EVM）地址：请核对网络。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="71"/>
        <source>%1 was mentioned with a TRON address: check the network.</source>
        <translation>提到 %1，但地址是波场（TRON）地址：请核对网络。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="74"/>
        <source>Both BEP-20 and ERC-20 are mentioned: confirm which network was used.</source>
        <translation>同时提到 BEP-20 和 ERC-20：请确认实际使用的网络。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="77"/>
        <source>%1 deposits need a memo/tag, and none was found in the message.</source>
        <translation>%1 充值需要填写备注（Memo/Tag），但消息中没有找到。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="80"/>
        <source>An address in the message fails its checksum: tell the customer it is invalid.</source>
        <translation>消息中的地址校验失败：请告知客户该地址无效。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="83"/>
        <source>A transaction hash in the message has a character missing or extra: ask the customer to copy it again.</source>
        <translation>消息中的交易哈希多了或少了字符：请让客户重新复制。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="89"/>
        <source>Possible scam: %1 imitates an official website.</source>
        <translation>疑似诈骗：%1 仿冒官方网站。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="92"/>
        <source>Possible scam: %1 uses look-alike letters.</source>
        <translation>疑似诈骗：%1 使用了形似字母。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="93"/>
        <source>Possible scam: real support never contacts customers on %1.</source>
        <translation>疑似诈骗：官方客服绝不会通过 %1 联系客户。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="96"/>
        <source>Possible scam: a remote-desktop tool (%1) is mentioned.</source>
        <translation>疑似诈骗：提到了远程控制软件（%1）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="99"/>
        <source>Possible scam: &apos;validate/sync your wallet&apos; is a known trick.</source>
        <translation>疑似诈骗：“验证/同步钱包”是常见骗术。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="103"/>
        <source>%1 %2 is not in the message or the form; a digit may have changed.</source>
        <translation>%1 %2 不在客户消息或表单中，可能有数字被改动。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="106"/>
        <source>%1 is only part of a value from the message: it was cut or split.</source>
        <translation>%1 只是客户消息中某个值的一部分：它被截断或拆开了。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="109"/>
        <source>The number %1 is not in the message or the form.</source>
        <translation>数字 %1 不在客户消息或表单中。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="112"/>
        <source>Unfilled placeholder %1.</source>
        <translation>未填写的占位符 %1。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="113"/>
        <source>Required field %1 is empty.</source>
        <translation>必填项 %1 为空。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="114"/>
        <source>The reply asks for a secret (recovery phrase, key, password or code): %1</source>
        <translation>回复中向客户索要机密信息（助记词、私钥、密码或验证码）：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="117"/>
        <source>Link to a domain that is not on the allow-list: %1</source>
        <translation>链接指向不在白名单中的域名：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="120"/>
        <source>Link to a look-alike of an official domain: %1</source>
        <translation>链接指向仿冒官方域名的网站：%1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="121"/>
        <source>The reply repeats a secret (%1) the customer shared.</source>
        <translation>回复中重复了客户提供的机密信息（%1）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="124"/>
        <source>The reply contains the placeholder %1; remove it.</source>
        <translation>回复中包含占位标记 %1，请删除。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="127"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="128"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="130"/>
        <source>English wordlist</source>
        <translation>英文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="131"/>
        <source>Chinese (simplified) wordlist</source>
        <translation>简体中文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="132"/>
        <source>Chinese (traditional) wordlist</source>
        <translation>繁体中文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="133"/>
        <source>Japanese wordlist</source>
        <translation>日文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="134"/>
        <source>Korean wordlist</source>
        <translation>韩文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="135"/>
        <source>Spanish wordlist</source>
        <translation>西班牙文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="136"/>
        <source>French wordlist</source>
        <translation>法文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="137"/>
        <source>Italian wordlist</source>
        <translation>意大利文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="138"/>
        <source>Portuguese wordlist</source>
        <translation>葡萄牙文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="139"/>
        <source>Czech wordlist</source>
        <translation>捷克文词表</translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="141"/>
        <source>Unrecognised problem (%1).</source>
        <translation>未识别的问题（%1）。</translation>
    </message>
</context>
</TS>
