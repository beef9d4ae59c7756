<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConversationManager</name>
    <message>
        <location filename="../desktop/ui/conversations.py" line="188"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingPane</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="120"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="125"/>
        <source>Paste the customer&apos;s message here (Ctrl+Shift+V pastes and detects)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChip</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="65"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="83"/>
        <source>Language: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="86"/>
        <source>Language: loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="90"/>
        <source>Language: unknown - please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="95"/>
        <source>%1? (%2%) - please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="98"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="103"/>
        <source>%1 (set by you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="55"/>
        <source>ReplyBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="107"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="123"/>
        <source>Paste &amp;&amp; detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="126"/>
        <source>Focus reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="129"/>
        <source>Copy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="132"/>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="135"/>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="137"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="139"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="142"/>
        <source>Close conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="147"/>
        <source>Language packs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="150"/>
        <source>Translate reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="154"/>
        <source>Compact mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="158"/>
        <source>Watch clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="161"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="180"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="205"/>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="226"/>
        <source>Nothing to copy: the reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="230"/>
        <source>Copied. Paste it into your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="305"/>
        <source>Language detection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="62"/>
        <source>Language packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="70"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="70"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="70"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="75"/>
        <source>Install from file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="79"/>
        <source>Show available packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="82"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="97"/>
        <source>Index or team mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="105"/>
        <source>Installed (used offline; nothing is downloaded unless you ask):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="153"/>
        <source>Not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="159"/>
        <source>Installed %1 → %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="169"/>
        <source>Cancelled. Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="174"/>
        <source>Install language pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="174"/>
        <source>Argos packs (*.argosmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="181"/>
        <source>Checking the pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="207"/>
        <source>Reading the index...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/packs_dialog.py" line="217"/>
        <source>%n pack(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="223"/>
        <source>Choose a pack to download first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="226"/>
        <source>Downloading...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="21"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="29"/>
        <source>Write or pick a template; the reply goes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="34"/>
        <source>Back-translation (what the customer will read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="37"/>
        <source>Other possible translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="39"/>
        <source>Translate for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="41"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="30"/>
        <location filename="../desktop/ui/settings_dialog.py" line="88"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="35"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="47"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="48"/>
        <source>Your name (sign-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="49"/>
        <source>Your working language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="50"/>
        <source>(no team profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="51"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="58"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="88"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="21"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="25"/>
        <source>Search templates (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationPane</name>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="23"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="32"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="35"/>
        <source>Install language pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="43"/>
        <source>The translation appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="81"/>
        <source>Some parts were translated separately to keep addresses intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>win</name>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="66"/>
        <source>Same language as yours: no translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="90"/>
        <source>No language pack for %1 → %2. Install one to translate offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="96"/>
        <location filename="../desktop/ui/translation_flow.py" line="154"/>
        <source>Translation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="107"/>
        <source>Write a reply and make sure the customer&apos;s language is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="113"/>
        <source>Translating...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="132"/>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="136"/>
        <source>Translated. Check the back-translation before copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_flow.py" line="150"/>
        <source>No language pack for %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../desktop/ui/desk.py" line="89"/>
        <source>Show ReplyBridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
