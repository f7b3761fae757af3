<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Promissa::MainWindow</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No letter open&lt;/p&gt;&lt;p&gt;Open a Kamerbrief with &lt;b&gt;File › Open&lt;/b&gt; (%1)&lt;br/&gt;or drop files on this window.&lt;/p&gt;</source>
        <extracomment>Shown when no letter is open. Keep the HTML tags; the menu path must match the translated File menu and Open action; %1 is the shortcut.</extracomment>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Geen brief geopend&lt;/p&gt;&lt;p&gt;Open een Kamerbrief met &lt;b&gt;Bestand › Openen&lt;/b&gt; (%1)&lt;br/&gt;of sleep bestanden naar dit venster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu bar</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu and toolbar; opens a file dialog</extracomment>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open one or more letters</source>
        <translation>Een of meer brieven openen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <extracomment>File menu and toolbar; prints the current letter after a print dialog</extracomment>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>File menu; closes the current letter&apos;s tab, not the window</extracomment>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu; closes the window and ends the application</extracomment>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu bar</extracomment>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <extracomment>Toolbar title, shown in the toolbar context menu</extracomment>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>View menu; submenu with the colour themes of the letter view</extracomment>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Automatic (follow palette)</source>
        <extracomment>Theme menu; picks a light or dark theme to match the window colours</extracomment>
        <translation>Automatisch (volgt het palet)</translation>
    </message>
    <message>
        <source>Could not open the letter</source>
        <extracomment>Title of the error message; its text gives the reason</extracomment>
        <translation>Kan de brief niet openen</translation>
    </message>
    <message numerus="yes">
        <source>Could not open %n letters</source>
        <extracomment>Title of the error message; its text lists the reasons</extracomment>
        <translation>
            <numerusform>Kan %n brief niet openen</numerusform>
            <numerusform>Kan %n brieven niet openen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Letters</source>
        <extracomment>File dialog title</extracomment>
        <translation>Brieven openen</translation>
    </message>
    <message>
        <source>Letters (*.txt *.kamerbrief);;All files (*)</source>
        <extracomment>File dialog filters, separated by &quot;;;&quot;; keep the patterns in brackets</extracomment>
        <translation>Brieven (*.txt *.kamerbrief);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 — Promissa</source>
        <extracomment>Window title; %1 is the title of the current letter</extracomment>
        <translation>%1 — Promissa</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <extracomment>Status bar, after the letter&apos;s date</extracomment>
        <translation>
            <numerusform>%n alinea</numerusform>
            <numerusform>%n alinea&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnotes</source>
        <extracomment>Status bar, after the number of paragraphs</extracomment>
        <translation>
            <numerusform>%n voetnoot</numerusform>
            <numerusform>%n voetnoten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds the commitments in Dutch government letters to parliament.</source>
        <translation>Vindt de toezeggingen in Kamerbrieven van het kabinet.</translation>
    </message>
    <message>
        <source>Letters to open.</source>
        <translation>Te openen brieven.</translation>
    </message>
    <message>
        <source>Show the window at 1200x800 with the given files, save it as &lt;OUT.png&gt; and exit (works with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Het venster op 1200x800 tonen met de opgegeven bestanden, het opslaan als &lt;OUT.png&gt; en afsluiten (werkt met QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Use this language for the user interface, for example nl or en.</source>
        <extracomment>Help for --language; keep &quot;nl&quot; and &quot;en&quot; as they are</extracomment>
        <translation>Deze taal voor de gebruikersinterface gebruiken, bijvoorbeeld nl of en.</translation>
    </message>
</context>
</TS>
