<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationManager</name>
    <message>
        <location filename="../desktop/ui/conversations.py" line="188" />
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
</context>
<context>
    <name>IncomingPane</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="120" />
        <source>Incoming</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="125" />
        <source>Paste the customer's message here (Ctrl+Shift+V pastes and detects)</source>
        <translation>在此粘贴客户消息（Ctrl+Shift+V 粘贴并识别语言）</translation>
    </message>
</context>
<context>
    <name>LanguageChip</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="65" />
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="83" />
        <source>Language: -</source>
        <translation>语言：-</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="86" />
        <source>Language: loading...</source>
        <translation>语言：正在加载…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="90" />
        <source>Language: unknown - please choose</source>
        <translation>语言：未知 - 请选择</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="95" />
        <source>%1? (%2%) - please confirm</source>
        <translation>%1？（%2%）- 请确认</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="98" />
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="103" />
        <source>%1 (set by you)</source>
        <translation>%1（手动设置）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="46" />
        <source>ReplyBridge</source>
        <translation>ReplyBridge</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="96" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="112" />
        <source>Paste &amp;&amp; detect</source>
        <translation>粘贴并识别</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="115" />
        <source>Focus reply</source>
        <translation>转到回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="118" />
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="121" />
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="124" />
        <source>Settings...</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="126" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="128" />
        <source>New conversation</source>
        <translation>新会话</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="131" />
        <source>Close conversation</source>
        <translation>关闭会话</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="136" />
        <source>Compact mode</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="140" />
        <source>Watch clipboard</source>
        <translation>监听剪贴板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="143" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="154" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="162" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="165" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="185" />
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="206" />
        <source>Nothing to copy: the reply is empty.</source>
        <translation>没有可复制的内容：回复为空。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="210" />
        <source>Copied. Paste it into your helpdesk.</source>
        <translation>已复制，请粘贴到工单系统中。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="271" />
        <source>Language detection failed: %1</source>
        <translation>语言识别失败：%1</translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="21" />
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="29" />
        <source>Write or pick a template; the reply goes here.</source>
        <translation>在此撰写回复，或选择一个模板。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="34" />
        <source>Back-translation (what the customer will read).</source>
        <translation>回译（客户将看到的内容）。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="37" />
        <source>Other possible translations</source>
        <translation>其他可选译文</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="39" />
        <source>Translate for customer</source>
        <translation>翻译成客户语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="41" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="30" />
        <location filename="../desktop/ui/settings_dialog.py" line="88" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="35" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="47" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="48" />
        <source>Your name (sign-off)</source>
        <translation>您的名字（落款）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="49" />
        <source>Your working language</source>
        <translation>您的工作语言</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="50" />
        <source>(no team profile)</source>
        <translation>（无团队配置）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="51" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="58" />
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="88" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="21" />
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="25" />
        <source>Search templates (Ctrl+T)</source>
        <translation>搜索模板（Ctrl+T）</translation>
    </message>
</context>
<context>
    <name>TranslationPane</name>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="23" />
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="32" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="35" />
        <source>Install language pack...</source>
        <translation>安装语言包…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="43" />
        <source>The translation appears here.</source>
        <translation>译文显示在这里。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../desktop/ui/desk.py" line="89" />
        <source>Show ReplyBridge</source>
        <translation>显示 ReplyBridge</translation>
    </message>
</context>
</TS>