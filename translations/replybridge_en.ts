<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConversationManager</name>
    <message>
        <location filename="../desktop/ui/conversation_tabs.py" line="19"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyGateDialog</name>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="35"/>
        <source>Check the reply before copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="43"/>
        <source>This reply cannot be copied until these problems are fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="45"/>
        <source>Please check these warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="51"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="51"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/copy_gate.py" line="59"/>
        <source>Copy anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="67"/>
        <source>Glossary editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="77"/>
        <source>Search terms in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="87"/>
        <source>Terms (first = preferred, !term = forbidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="99"/>
        <source>New concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="100"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="101"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="102"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="104"/>
        <source>Concept id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="105"/>
        <source>Part of speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="106"/>
        <source>Definition (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="107"/>
        <source>Definition (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="108"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="124"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="126"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="185"/>
        <source>The id must be lowercase letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="193"/>
        <source>An English term is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="225"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="247"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="259"/>
        <source>Glossary changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="260"/>
        <source>%1 was also changed by someone else. Keep your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="273"/>
        <source>Not saved: %1 conflicts are unresolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor.py" line="276"/>
        <source>Saved %1 concepts of your own glossary to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="24"/>
        <source>Export as TBX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="26"/>
        <source>Export as TBX v2 (Weblate, MultiTerm)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="27"/>
        <source>Export as Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="28"/>
        <source>Export as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="30"/>
        <source>Export do-not-translate list as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="43"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="45"/>
        <source>Import file (TBX, Excel, CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="49"/>
        <source>Import OmegaT glossary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="60"/>
        <source>Import glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="66"/>
        <source>OmegaT glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="68"/>
        <source>Language of the first column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="69"/>
        <source>Language of the second column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="92"/>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="96"/>
        <location filename="../desktop/ui/glossary_editor_io.py" line="134"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="125"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="140"/>
        <source>Imported %1 new and %2 changed concepts and %3 do-not-translate terms from %4 into %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="149"/>
        <source>Export glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="162"/>
        <source>Not exported: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="171"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_editor_io.py" line="174"/>
        <source>Exported %1 concepts and %2 do-not-translate terms to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryHighlighter</name>
    <message>
        <location filename="../desktop/ui/glossary_highlighter.py" line="38"/>
        <source>%1: do not translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_highlighter.py" line="46"/>
        <source>Forbidden term: do not use it in replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryImportDialog</name>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="36"/>
        <source>Import glossary: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="41"/>
        <source>%1, encoding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="43"/>
        <source>%1 (%2): %3 new concepts, %4 changed, %5 unchanged, %6 new do-not-translate terms, %7 not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="53"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="53"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="53"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="57"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="77"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="81"/>
        <source>New concepts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="85"/>
        <source>Changed concepts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="91"/>
        <source>New do-not-translate terms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="95"/>
        <source>Not imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="104"/>
        <source>%1: you changed this concept in your own glossary; the import replaces your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_import_dialog.py" line="107"/>
        <source>%1: the %2 term “%3” is already the preferred term of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="45"/>
        <source>Sent replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="50"/>
        <source>Search replies, messages or template ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="54"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="58"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="60"/>
        <source>Recovery phrases and keys are removed before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="91"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="92"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingPane</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="187"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="189"/>
        <source>Paste the customer&apos;s message here (Ctrl+Shift+V pastes and detects)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingPresenter</name>
    <message>
        <location filename="../desktop/ui/incoming_presenter.py" line="47"/>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_presenter.py" line="64"/>
        <source>Long message (%1 characters): the start is shown; all of it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChip</name>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="116"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="134"/>
        <source>Language: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="137"/>
        <source>Language: loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="141"/>
        <source>Language: unknown - please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="146"/>
        <source>%1? (%2%) - please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="149"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/incoming_pane.py" line="154"/>
        <source>%1 (set by you)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="47"/>
        <location filename="../desktop/ui/main_window.py" line="286"/>
        <source>ReplyBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="77"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="127"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="26"/>
        <source>Paste &amp;&amp; detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="28"/>
        <source>Focus reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="30"/>
        <source>Copy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="32"/>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="34"/>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="36"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="37"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="39"/>
        <source>Close conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="41"/>
        <source>Sent replies...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="43"/>
        <source>Language packs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="45"/>
        <source>Translate reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="47"/>
        <source>Compact mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="49"/>
        <source>Watch clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="73"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="84"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="91"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="100"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="170"/>
        <source>Checking the message for secrets failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="171"/>
        <source>Language detection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="172"/>
        <source>Translating the message failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="173"/>
        <source>Suggesting templates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="174"/>
        <source>Filling in the template failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="175"/>
        <source>Translating the reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="176"/>
        <source>Checking the reply failed; it was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="177"/>
        <source>The draft could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="178"/>
        <source>The copied reply could not be added to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="184"/>
        <source>Could not load %1; see the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199"/>
        <source>History is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="221"/>
        <source>Some settings could not be used (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="224"/>
        <source>The history database was damaged; it was moved aside to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="227"/>
        <source>History and drafts cannot be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="51"/>
        <source>Glossary editor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/window_actions.py" line="53"/>
        <source>Add term from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/glossary_actions.py" line="36"/>
        <source>Select a word or phrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="78"/>
        <source>Language packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="88"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="88"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="88"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="93"/>
        <source>Install from file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="94"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="97"/>
        <source>Show available packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="100"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="115"/>
        <source>Index or team mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="123"/>
        <source>Installed (used offline; nothing is downloaded unless you ask):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="221"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="240"/>
        <location filename="../desktop/ui/packs_dialog.py" line="285"/>
        <source>Not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="210"/>
        <source>Installed %1 → %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="199"/>
        <source>Cancelled. Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="232"/>
        <source>Install language pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="232"/>
        <source>Argos packs (*.argosmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="238"/>
        <source>Checking the pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="247"/>
        <source>Choose a pack to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="250"/>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/packs_dialog.py" line="254"/>
        <source>Removed %n pack(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="259"/>
        <source>Reading the index...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="261"/>
        <source>Cannot read the index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/packs_dialog.py" line="274"/>
        <source>%n pack(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="280"/>
        <source>Choose a pack to download first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/packs_dialog.py" line="282"/>
        <source>Downloading...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPane</name>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="62"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="63"/>
        <source>Write or pick a template; the reply goes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="64"/>
        <source>Back-translation (what the customer will read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="65"/>
        <source>Other possible translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="66"/>
        <source>Translate for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_pane.py" line="67"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyPresenter</name>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="92"/>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="108"/>
        <source>Native template in the customer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="110"/>
        <source>Machine-translated; safety sentences use approved wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="112"/>
        <source>No language pack: the reply is in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="113"/>
        <source>You edited the reply; the form change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="114"/>
        <source>Translating...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="116"/>
        <source>Write a reply and make sure the customer&apos;s language is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="119"/>
        <source>The reply changed while it was translated: translate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="121"/>
        <source>Nothing to copy: the reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="122"/>
        <source>Checking the reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="124"/>
        <source>The reply changed while it was checked: press Copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="127"/>
        <source>The reply could not be checked, so it was not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="129"/>
        <source>Copied. Paste it into your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="130"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="133"/>
        <source>No language pack for %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="143"/>
        <source>Fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="146"/>
        <source>Translated. Check the back-translation before copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="148"/>
        <source>Glossary terms enforced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/reply_presenter.py" line="150"/>
        <source>Forbidden terms in the translation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="61"/>
        <source>Use the security reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="62"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="77"/>
        <source>The customer shared a recovery phrase. Never store or repeat it; advise them to move their funds to a new wallet right away. It is hidden from translation, history and the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="83"/>
        <source>The message seems to contain a recovery phrase (a word off or missing). Treat it as exposed: never store or repeat it, and advise moving funds to a new wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/safety_banner.py" line="88"/>
        <source>The customer shared a private key. Never store or repeat it; advise them to move their funds to a new wallet right away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="47"/>
        <location filename="../desktop/ui/settings_dialog.py" line="209"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="53"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="66"/>
        <source>Language packs on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="67"/>
        <source>Team LibreTranslate server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="75"/>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="76"/>
        <source>Keep the key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="89"/>
        <source>Take customer messages copied in other apps (clipboard watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="93"/>
        <source>Compact mode stays on top of other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="96"/>
        <source>Forget what the suggestions learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="99"/>
        <source>Suggestions rank templates you used for similar messages higher (only the messages&apos; features are kept, never their text). This clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="104"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="105"/>
        <source>Your name (sign-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="106"/>
        <source>Your working language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="107"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="108"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="109"/>
        <source>Server API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="112"/>
        <source>Pack index or mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="113"/>
        <source>Official domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="116"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="117"/>
        <source>(no team profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="118"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="129"/>
        <source>Set by your team profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="153"/>
        <source>Forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="158"/>
        <source>%1: unknown setting %2 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="159"/>
        <source>%1: %2 has the wrong type, expected %3 (default used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="160"/>
        <source>%1: %2 must be one of %3 (default used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="161"/>
        <source>%1: folder for %2 not found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="162"/>
        <source>%1: the file cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="163"/>
        <source>%1: %2 is set by the team profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="165"/>
        <source>Team profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="165"/>
        <source>Your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="171"/>
        <source>API keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="175"/>
        <source>is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="175"/>
        <source>is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="178"/>
        <source>The system keychain %1: a key can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="223"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="224"/>
        <source>The key could not be stored in the keychain. Open Settings again and choose to keep it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="209"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabsPresenter</name>
    <message>
        <location filename="../desktop/ui/tabs_presenter.py" line="75"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePane</name>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="44"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_pane.py" line="45"/>
        <source>Search templates (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePresenter</name>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="87"/>
        <source>Some templates have errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="162"/>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="165"/>
        <source>Because of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="179"/>
        <source>you used it for a similar message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/template_presenter.py" line="286"/>
        <source>This does not look like a valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationPane</name>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="62"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="64"/>
        <source>Install language pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_pane.py" line="65"/>
        <source>The translation appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationPresenter</name>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="47"/>
        <source>Same language as yours: no translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="56"/>
        <source>No language pack for %1 → %2. Install one to translate offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="74"/>
        <source>Long message: the first %1 characters were translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="78"/>
        <source>Some parts were translated separately to keep addresses intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="80"/>
        <source>Translation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/translation_presenter.py" line="82"/>
        <source>Translation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../desktop/ui/desk.py" line="91"/>
        <source>Show ReplyBridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../desktop/ui/codes.py" line="17"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="18"/>
        <source>Transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="19"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="20"/>
        <source>Memo/tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="21"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="22"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="23"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="25"/>
        <source>recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="26"/>
        <source>likely recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="27"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="28"/>
        <source>extended private key (xprv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="30"/>
        <source>Its capital letters do not match the EIP-55 checksum: a character was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="33"/>
        <source>A digit is missing or extra (an EVM address has 40 hex digits after 0x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="36"/>
        <source>A character is missing or extra (a transaction hash has 64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="39"/>
        <source>It contains a character addresses never use (0, O, I or l).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="42"/>
        <source>Its checksum fails: a character was changed or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="45"/>
        <source>It has the wrong length: a character is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="48"/>
        <source>It decodes to more than 32 bytes, so it is not a Solana address: a character was changed or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="53"/>
        <source>It mixes capital and small letters, which bech32 addresses never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="56"/>
        <source>It contains a character bech32 addresses never use (1, b, i or o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="59"/>
        <source>Its bech32 checksum fails: a character was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="62"/>
        <source>Its checksum holds but its version or length is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="65"/>
        <source>Its TON checksum fails: a character was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="66"/>
        <source>Its format is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="68"/>
        <source>TRC-20 was mentioned with an 0x (EVM) address: check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="71"/>
        <source>%1 was mentioned with a TRON address: check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="74"/>
        <source>Both BEP-20 and ERC-20 are mentioned: confirm which network was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="77"/>
        <source>%1 deposits need a memo/tag, and none was found in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="80"/>
        <source>An address in the message fails its checksum: tell the customer it is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="83"/>
        <source>A transaction hash in the message has a character missing or extra: ask the customer to copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="89"/>
        <source>Possible scam: %1 imitates an official website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="92"/>
        <source>Possible scam: %1 uses look-alike letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="93"/>
        <source>Possible scam: real support never contacts customers on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="96"/>
        <source>Possible scam: a remote-desktop tool (%1) is mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="99"/>
        <source>Possible scam: &apos;validate/sync your wallet&apos; is a known trick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="103"/>
        <source>%1 %2 is not in the message or the form; a digit may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="106"/>
        <source>%1 is only part of a value from the message: it was cut or split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="109"/>
        <source>The number %1 is not in the message or the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="112"/>
        <source>Unfilled placeholder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="113"/>
        <source>Required field %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="114"/>
        <source>The reply asks for a secret (recovery phrase, key, password or code): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="117"/>
        <source>Link to a domain that is not on the allow-list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="120"/>
        <source>Link to a look-alike of an official domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="121"/>
        <source>The reply repeats a secret (%1) the customer shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="124"/>
        <source>The reply contains the placeholder %1; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="127"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="128"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="130"/>
        <source>English wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="131"/>
        <source>Chinese (simplified) wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="132"/>
        <source>Chinese (traditional) wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="133"/>
        <source>Japanese wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="134"/>
        <source>Korean wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="135"/>
        <source>Spanish wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="136"/>
        <source>French wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="137"/>
        <source>Italian wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="138"/>
        <source>Portuguese wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="139"/>
        <source>Czech wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/codes.py" line="141"/>
        <source>Unrecognised problem (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
