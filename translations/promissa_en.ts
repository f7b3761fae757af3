<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Promissa::CommitmentsPane</name>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commitment(s)</source>
        <translation>
            <numerusform>%1 of %n commitment</numerusform>
            <numerusform>%1 of %n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promissa::DeadlinesPane</name>
    <message numerus="yes">
        <source>%n open deadline(s) in %1, %2 overdue.</source>
        <translation>
            <numerusform>%n open deadline in %1, %2 overdue.</numerusform>
            <numerusform>%n open deadlines in %1, %2 overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promissa::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %1 (%n pages, %2 commitments)</source>
        <extracomment>Status bar after an export; %1 is the file, %2 the number of commitments</extracomment>
        <translation>
            <numerusform>Exported %1 (%n page, %2 commitments)</numerusform>
            <numerusform>Exported %1 (%n pages, %2 commitments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n commitments to %1</source>
        <extracomment>Status bar after an export; %1 is the file</extracomment>
        <translation>
            <numerusform>Exported %n commitment to %1</numerusform>
            <numerusform>Exported %n commitments to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promissa::MainWindow</name>
    <message numerus="yes">
        <source>Could not open %n letters</source>
        <extracomment>Title of the error message; its text lists the reasons</extracomment>
        <translation>
            <numerusform>Could not open %n letter</numerusform>
            <numerusform>Could not open %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <extracomment>Status bar, after the letter&apos;s date</extracomment>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnotes</source>
        <extracomment>Status bar, after the number of paragraphs</extracomment>
        <translation>
            <numerusform>%n footnote</numerusform>
            <numerusform>%n footnotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n letters again</source>
        <extracomment>Status bar after a re-analysis</extracomment>
        <translation>
            <numerusform>Analysed %n letter again</numerusform>
            <numerusform>Analysed %n letters again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n letters</source>
        <extracomment>Status bar after an import</extracomment>
        <translation>
            <numerusform>Imported %n letter</numerusform>
            <numerusform>Imported %n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the tracker</source>
        <extracomment>Status bar after an import, after &quot;Imported N letters&quot;</extracomment>
        <translation>
            <numerusform>%n already in the tracker</numerusform>
            <numerusform>%n already in the tracker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters could not be imported</source>
        <extracomment>Title of the error message after an import; its text lists the reasons</extracomment>
        <translation>
            <numerusform>%n letter could not be imported</numerusform>
            <numerusform>%n letters could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <extracomment>Status bar, after the number of footnotes</extracomment>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promissa::SettingsDialog</name>
    <message numerus="yes">
        <source>Connected: a Promissa tracker with %n letters (schema version %1).</source>
        <extracomment>Settings: result of Test Connection; %1 is the schema version</extracomment>
        <translation>
            <numerusform>Connected: a Promissa tracker with %n letter (schema version %1).</numerusform>
            <numerusform>Connected: a Promissa tracker with %n letters (schema version %1).</numerusform>
        </translation>
    </message>
</context>
</TS>
