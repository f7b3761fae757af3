<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
</TS>
