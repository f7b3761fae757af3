<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Promissa::AddLinkDialog</name>
    <message>
        <source>Add Link</source>
        <translation>Koppeling toevoegen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Koppeling toevoegen</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Toezeggingen zoeken</translation>
    </message>
    <message>
        <source>Words from the other commitment…</source>
        <translation>Woorden uit de andere toezegging…</translation>
    </message>
    <message>
        <source>Matching commitments</source>
        <translation>Gevonden toezeggingen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>This commitment repeats the chosen one</source>
        <translation>Deze toezegging herhaalt de gekozen toezegging</translation>
    </message>
    <message>
        <source>This commitment supplements the chosen one</source>
        <translation>Deze toezegging vult de gekozen toezegging aan</translation>
    </message>
    <message>
        <source>This commitment changes the chosen one</source>
        <translation>Deze toezegging wijzigt de gekozen toezegging</translation>
    </message>
    <message>
        <source>The chosen one repeats this commitment</source>
        <translation>De gekozen toezegging herhaalt deze toezegging</translation>
    </message>
    <message>
        <source>The chosen one supplements this commitment</source>
        <translation>De gekozen toezegging vult deze toezegging aan</translation>
    </message>
    <message>
        <source>The chosen one changes this commitment</source>
        <translation>De gekozen toezegging wijzigt deze toezegging</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relatie:</translation>
    </message>
</context>
<context>
    <name>Promissa::CommitmentLinksWidget</name>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Link suggestions</source>
        <translation>Koppelingsvoorstellen</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>&amp;Koppeling toevoegen…</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Make the suggested link</source>
        <translation>De voorgestelde koppeling maken</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>These commitments are not linked</source>
        <translation>Deze toezeggingen horen niet bij elkaar</translation>
    </message>
    <message>
        <source>Linked commitments and letters:</source>
        <translation>Gekoppelde toezeggingen en brieven:</translation>
    </message>
    <message>
        <source>Suggested links:</source>
        <translation>Voorgestelde koppelingen:</translation>
    </message>
    <message>
        <source>The letter “%1” fulfils this commitment.</source>
        <translation>De brief ‘%1’ komt deze toezegging na.</translation>
    </message>
    <message>
        <source>Fulfilled by the letter “%1”</source>
        <translation>Nagekomen met de brief ‘%1’</translation>
    </message>
    <message>
        <source>Set Status to “%1”</source>
        <translation>Status op ‘%1’ zetten</translation>
    </message>
</context>
<context>
    <name>Promissa::CommitmentTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>Promissa::CommitmentsPane</name>
    <message>
        <source>Commitments</source>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Commitments of all letters</source>
        <translation>Toezeggingen uit alle brieven</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>Filter commitments</source>
        <translation>Toezeggingen filteren</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>Toezeggingen zoeken</translation>
    </message>
    <message>
        <source>Search the text of commitments…</source>
        <translation>In de tekst van toezeggingen zoeken…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Open or partly done</source>
        <translation>Openstaand of deels afgedaan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <translation>Termijn &amp;tussen</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Termijn vanaf</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Termijn tot en met</translation>
    </message>
    <message>
        <source>and</source>
        <translation>en</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Alleen &amp;verlopen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Show all commitments</source>
        <translation>Alle toezeggingen tonen</translation>
    </message>
    <message>
        <source>Any ministry</source>
        <translation>Elk ministerie</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n commitment(s)</source>
        <translation>
            <numerusform>%1 van %n toezegging</numerusform>
            <numerusform>%1 van %n toezeggingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promissa::ConflictDialog</name>
    <message>
        <source>%1 Was Changed by Somebody Else</source>
        <extracomment>Window title; %1 is a commitment number</extracomment>
        <translation>%1 is door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%2 changed %1 while you were working on it.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your change was not saved. Reload to see theirs, or keep yours on top of it. Both versions stay in the history of the commitment.&lt;/p&gt;</source>
        <extracomment>Conflict dialog; %1 is a commitment number, %2 a person</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;%2 heeft %1 gewijzigd terwijl u ermee bezig was.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Uw wijziging is niet opgeslagen. Laad opnieuw om die van de ander te zien, of behoud de uwe bovenop die van de ander. Beide versies blijven in de geschiedenis van de toezegging.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Theirs</source>
        <extracomment>Conflict dialog: the other person&apos;s version</extracomment>
        <translation>Van de ander</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Conflict dialog field</extracomment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <extracomment>Conflict dialog field</extracomment>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <extracomment>Conflict dialog field</extracomment>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <source>nobody</source>
        <extracomment>no owner</extracomment>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Changed:</source>
        <extracomment>Conflict dialog field: who changed it and when</extracomment>
        <translation>Gewijzigd:</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <extracomment>Conflict dialog: %1 is a person, %2 a time</extracomment>
        <translation>door %1 op %2</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>Conflict dialog: the user&apos;s own refused change</extracomment>
        <translation>Van u</translation>
    </message>
    <message>
        <source>Your change cannot be applied again.</source>
        <extracomment>the refused edit cannot be repeated</extracomment>
        <translation>Uw wijziging kan niet opnieuw worden toegepast.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <extracomment>Conflict dialog button: drop my change, show theirs</extracomment>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <extracomment>Conflict dialog button: apply my change on top of theirs</extracomment>
        <translation>Mijn wijziging &amp;behouden</translation>
    </message>
</context>
<context>
    <name>Promissa::DeadlinesPane</name>
    <message>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Deadline calendar</source>
        <translation>Kalender met termijnen</translation>
    </message>
    <message>
        <source>Deadlines this month</source>
        <translation>Termijnen deze maand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Events this month</source>
        <translation>Gebeurtenissen deze maand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Events in the calendar:</source>
        <translation>Gebeurtenissen in de kalender:</translation>
    </message>
    <message>
        <source>No open deadlines in %1.</source>
        <translation>Geen openstaande termijnen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s) in %1, %2 overdue.</source>
        <translation>
            <numerusform>%n openstaande termijn in %1, %2 verlopen.</numerusform>
            <numerusform>%n openstaande termijnen in %1, %2 verlopen.</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>Promissa::DetailsPane</name>
    <message>
        <source>Commitment details</source>
        <translation>Details van de toezegging</translation>
    </message>
    <message>
        <source>Select a commitment to see its details.</source>
        <translation>Kies een toezegging om de details te zien.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <source>Deadline as written</source>
        <translation>Termijn zoals geschreven</translation>
    </message>
    <message>
        <source>As written, e.g. “voor de zomer”</source>
        <translation>Zoals geschreven, bijv. ‘voor de zomer’</translation>
    </message>
    <message>
        <source>D&amp;ue on</source>
        <translation>U&amp;iterlijk op</translation>
    </message>
    <message>
        <source>Deadline day</source>
        <translation>Dag van de termijn</translation>
    </message>
    <message>
        <source>Who follows this up</source>
        <translation>Wie dit opvolgt</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Gescheiden door komma’s</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Actor:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Voorwaarde:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Fulfilled by:</source>
        <translation>Nagekomen met:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <source>%1 (rejected)</source>
        <translation>%1 (afgewezen)</translation>
    </message>
    <message>
        <source>In &lt;a href=&quot;letter&quot;&gt;%1&lt;/a&gt;, %2</source>
        <translation>In &lt;a href=&quot;letter&quot;&gt;%1&lt;/a&gt;, %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 (confidence %2%)</source>
        <translation>%1 (zekerheid %2%)</translation>
    </message>
    <message>
        <source>Deadline through the event: %1</source>
        <translation>Termijn via de gebeurtenis: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Geschiedenis (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notities (%1)</translation>
    </message>
    <message>
        <source>Links (%1, %2 suggested)</source>
        <translation>Koppelingen (%1, %2 voorgesteld)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Koppelingen (%1)</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Why does %1 change from “%2” to “%3”? (optional)</source>
        <translation>Waarom verandert %1 van ‘%2’ in ‘%3’? (optioneel)</translation>
    </message>
</context>
<context>
    <name>Promissa::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <extracomment>Window title of File &gt; Export Report
----------
File dialog filter; %1 is a pattern such as *.pdf, keep the brackets</extracomment>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>PDF report for a committee</source>
        <extracomment>Export format</extracomment>
        <translation>PDF-rapport voor een commissie</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <extracomment>Export format</extracomment>
        <translation>CSV voor een spreadsheet</translation>
    </message>
    <message>
        <source>JSON with every field</source>
        <extracomment>Export format</extracomment>
        <translation>JSON met alle velden</translation>
    </message>
    <message>
        <source>iCalendar of the deadlines</source>
        <extracomment>Export format</extracomment>
        <translation>iCalendar van de termijnen</translation>
    </message>
    <message>
        <source>Toezegging register JSON</source>
        <extracomment>Export format; &quot;Toezegging&quot; is the name of the Tweede Kamer&apos;s register, keep it</extracomment>
        <translation>JSON voor het Toezeggingenregister</translation>
    </message>
    <message>
        <source>File to write</source>
        <extracomment>Accessible name of the export&apos;s file field</extracomment>
        <translation>Bestand om te schrijven</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>Button next to the export file; opens a file dialog</extracomment>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <extracomment>Placeholder of the report title field</extracomment>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Deadline month</source>
        <extracomment>Export: group the PDF&apos;s table by the deadline&apos;s month</extracomment>
        <translation>Maand van de termijn</translation>
    </message>
    <message>
        <source>Letter</source>
        <extracomment>Export: group the PDF&apos;s table by letter</extracomment>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Export: group the PDF&apos;s table by status</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Write PDF/&amp;A for archiving</source>
        <extracomment>Export: PDF/A is the archiving form of PDF; keep &quot;PDF/A&quot;</extracomment>
        <translation>PDF/&amp;A schrijven om te archiveren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <extracomment>Export dialog</extracomment>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <extracomment>Export dialog</extracomment>
        <translation>Bestan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Export dialog: the report&apos;s title</extracomment>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <extracomment>Export dialog: how the PDF&apos;s table is grouped</extracomment>
        <translation>&amp;Groeperen op:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Export dialog: the language of the report itself</extracomment>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>Export dialog: the button that writes the file</extracomment>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Commitments to export</source>
        <extracomment>Group box in the export dialog; starts as the commitments table&apos;s filters</extracomment>
        <translation>Te exporteren toezeggingen</translation>
    </message>
    <message>
        <source>Any ministry</source>
        <extracomment>Export filter: no restriction on the ministry</extracomment>
        <translation>Elk ministerie</translation>
    </message>
    <message>
        <source>&amp;Due between</source>
        <extracomment>Export filter: followed by two dates</extracomment>
        <translation>Termijn t&amp;ussen</translation>
    </message>
    <message>
        <source>Due from</source>
        <extracomment>Accessible name of the first date of &quot;Due between&quot;</extracomment>
        <translation>Termijn vanaf</translation>
    </message>
    <message>
        <source>Due until</source>
        <extracomment>Accessible name of the second date of &quot;Due between&quot;</extracomment>
        <translation>Termijn tot en met</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between the two dates of &quot;Due between … and …&quot;</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <extracomment>Export filter: only commitments whose deadline has passed</extracomment>
        <translation>Alleen &amp;verlopen</translation>
    </message>
    <message>
        <source>Words in the commitment&apos;s text</source>
        <extracomment>Placeholder of the export&apos;s search field</extracomment>
        <translation>Woorden in de tekst van de toezegging</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Export filter; none checked means every status</extracomment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>Export filter; none checked means every kind</extracomment>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>&amp;Ministry:</source>
        <extracomment>Export filter</extracomment>
        <translation>&amp;Ministerie:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <extracomment>Export filter: full-text search</extracomment>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>No status or kind checked means all of them.</source>
        <extracomment>Export dialog, under the filters</extracomment>
        <translation>Geen status of soort aangevinkt betekent: alle.</translation>
    </message>
    <message>
        <source>Export files (%1)</source>
        <translation>Exportbestanden (%1)</translation>
    </message>
    <message>
        <source>No tracker is open.</source>
        <translation>Er is geen tracker geopend.</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <extracomment>Title of an error message; the text gives the reason</extracomment>
        <translation>Kon het rapport niet exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n pages, %2 commitments)</source>
        <extracomment>Status bar after an export; %1 is the file, %2 the number of commitments</extracomment>
        <translation>
            <numerusform>%1 geëxporteerd (%n pagina, %2 toezeggingen)</numerusform>
            <numerusform>%1 geëxporteerd (%n pagina&apos;s, %2 toezeggingen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n commitments to %1</source>
        <extracomment>Status bar after an export; %1 is the file</extracomment>
        <translation>
            <numerusform>%n toezegging geëxporteerd naar %1</numerusform>
            <numerusform>%n toezeggingen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promissa::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Werd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Promissa::ImportProgress</name>
    <message>
        <source>Import progress</source>
        <extracomment>Accessible name of the progress bar in the status bar</extracomment>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Status bar button that stops the running import</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop after the letter being imported now</source>
        <extracomment>Tooltip of the Cancel button</extracomment>
        <translation>Stoppen na de brief die nu wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Import Letters</source>
        <extracomment>File dialog title</extracomment>
        <translation>Brieven importeren</translation>
    </message>
    <message>
        <source>Letters (%1);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in brackets</extracomment>
        <translation>Brieven (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Letters</source>
        <extracomment>Folder dialog title</extracomment>
        <translation>Een map met brieven importeren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Status bar during an import: %1 letters done of %2</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <extracomment>Status bar during an import: %1 letters done of %2, %3 the current file</extracomment>
        <translation>%1 van %2: %3</translation>
    </message>
</context>
<context>
    <name>Promissa::Labels</name>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Deels afgedaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgedaan</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Stellig</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Doorlopend</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Voornemen</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Voorwaardelijk</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>Met de hand gemarkeerd</translation>
    </message>
    <message>
        <source>Official register</source>
        <translation>Officieel register</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaalt</translation>
    </message>
    <message>
        <source>Repeated by</source>
        <translation>Herhaald door</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>Vult aan</translation>
    </message>
    <message>
        <source>Supplemented by</source>
        <translation>Aangevuld door</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>Fulfils</source>
        <translation>Komt na</translation>
    </message>
    <message>
        <source>Fulfilled by</source>
        <translation>Nagekomen met</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Text span</source>
        <translation>Tekstfragment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
</context>
<context>
    <name>Promissa::LetterAnnotations</name>
    <message>
        <source>none</source>
        <extracomment>Tooltip: a commitment without a deadline</extracomment>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A deadline: %1 is the phrase in the letter, %2 the date it means</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>Tooltip: a status followed by the overdue mark; %1 is the status</extracomment>
        <translation>%1, verlopen</translation>
    </message>
    <message>
        <source>%1, rejected</source>
        <extracomment>Tooltip: the user said this is not a commitment; %1 is the status</extracomment>
        <translation>%1, afgewezen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <extracomment>Tooltip title; %1 is the commitment number, %2 its kind (&quot;firm&quot;)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>Tooltip line; %1 is a status</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <extracomment>Tooltip line; %1 is a deadline</extracomment>
        <translation>Termijn: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <extracomment>Tooltip line; %1 is a person</extracomment>
        <translation>Eigenaar: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Tooltip: %1 is a kind of link (&quot;Repeated by&quot;), %2 a commitment number or letter subject</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <extracomment>Tooltip line; %1 lists the links</extracomment>
        <translation>Koppelingen: %1</translation>
    </message>
    <message>
        <source>Click to open the letter this refers to.</source>
        <extracomment>Tooltip over a reference link</extracomment>
        <translation>Klik om de brief te openen waarnaar dit verwijst.</translation>
    </message>
    <message>
        <source>This letter is not in the tracker.</source>
        <extracomment>Tooltip over a reference</extracomment>
        <translation>Deze brief staat niet in de tracker.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Note by %1, %2:&lt;/i&gt; %3</source>
        <extracomment>Tooltip over a note; %1 is a person, %2 a date, %3 the note</extracomment>
        <translation>&lt;i&gt;Notitie van %1, %2:&lt;/i&gt; %3</translation>
    </message>
</context>
<context>
    <name>Promissa::LetterListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
</context>
<context>
    <name>Promissa::LetterView</name>
    <message>
        <source>Letter</source>
        <extracomment>Accessible name of the central letter view</extracomment>
        <translation>Brief</translation>
    </message>
    <message>
        <source>&amp;Next Commitment</source>
        <extracomment>Go menu; moves to the next commitment in the letter</extracomment>
        <translation>&amp;Volgende toezegging</translation>
    </message>
    <message>
        <source>&amp;Previous Commitment</source>
        <extracomment>Go menu; moves to the previous commitment in the letter</extracomment>
        <translation>Vo&amp;rige toezegging</translation>
    </message>
    <message>
        <source>&amp;Mark as Commitment…</source>
        <extracomment>Edit menu; marks the selected text as a commitment</extracomment>
        <translation>Als toezegging &amp;markeren…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <extracomment>Edit menu; adds a note to the selected text</extracomment>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Set Commitment &amp;Span to Selection</source>
        <extracomment>Edit menu; the selected text becomes the current commitment&apos;s text</extracomment>
        <translation>Selectie als &amp;tekst van de toezegging</translation>
    </message>
</context>
<context>
    <name>Promissa::LettersPane</name>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Filter letters…</source>
        <translation>Brieven filteren…</translation>
    </message>
    <message>
        <source>Filter letters</source>
        <translation>Brieven filteren</translation>
    </message>
    <message>
        <source>Tracked letters</source>
        <translation>Gevolgde brieven</translation>
    </message>
</context>
<context>
    <name>Promissa::LinkModel</name>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Aanwijzingen</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Brief %1</translation>
    </message>
</context>
<context>
    <name>Promissa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu bar</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <extracomment>File menu; prints the current letter after a print dialog</extracomment>
        <translation>Af&amp;drukken…</translation>
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
    <message>
        <source>Letters</source>
        <extracomment>Dock title</extracomment>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Commitments</source>
        <extracomment>Dock title</extracomment>
        <translation>Toezeggingen</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Dock title</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>Dock title</extracomment>
        <translation>Termijnen</translation>
    </message>
    <message>
        <source>Could not open the tracker</source>
        <extracomment>Title of an error message; the text gives the reason</extracomment>
        <translation>Kan de tracker niet openen</translation>
    </message>
    <message>
        <source>%1: no tracker is open to import it into.</source>
        <extracomment>Error; %1 is a file</extracomment>
        <translation>%1: er is geen tracker geopend om het in te importeren.</translation>
    </message>
    <message>
        <source>An import is running already; wait for it or cancel it.</source>
        <extracomment>Status bar message when a second import is asked for</extracomment>
        <translation>Er loopt al een import; wacht tot die klaar is of annuleer hem.</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n letters again</source>
        <extracomment>Status bar after a re-analysis</extracomment>
        <translation>
            <numerusform>%n brief opnieuw geanalyseerd</numerusform>
            <numerusform>%n brieven opnieuw geanalyseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n letters</source>
        <extracomment>Status bar after an import</extracomment>
        <translation>
            <numerusform>%n brief geïmporteerd</numerusform>
            <numerusform>%n brieven geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the tracker</source>
        <extracomment>Status bar after an import, after &quot;Imported N letters&quot;</extracomment>
        <translation>
            <numerusform>%n stond al in de tracker</numerusform>
            <numerusform>%n stonden al in de tracker</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Status bar after an import that the user stopped</extracomment>
        <translation>geannuleerd</translation>
    </message>
    <message numerus="yes">
        <source>%n letters could not be imported</source>
        <extracomment>Title of the error message after an import; its text lists the reasons</extracomment>
        <translation>
            <numerusform>%n brief kon niet worden geïmporteerd</numerusform>
            <numerusform>%n brieven konden niet worden geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore Commitment</source>
        <extracomment>Edit menu, for a rejected commitment</extracomment>
        <translation>Toezegging &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Reject Commitment</source>
        <extracomment>Edit menu; says &quot;this is not a commitment&quot;</extracomment>
        <translation>Toezegging &amp;afwijzen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No tracker open&lt;/p&gt;&lt;p&gt;Create one with &lt;b&gt;File › New Tracker&lt;/b&gt; or open one with &lt;b&gt;File › Open Tracker&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>Shown when no tracker is open. Keep the HTML tags; the menu paths must match the translated menus</extracomment>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Geen tracker geopend&lt;/p&gt;&lt;p&gt;Maak er een met &lt;b&gt;Bestand › Nieuwe tracker&lt;/b&gt; of open er een met &lt;b&gt;Bestand › Tracker openen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No letter open&lt;/p&gt;&lt;p&gt;Choose a letter on the left, import letters with &lt;b&gt;File › Import Letters&lt;/b&gt; (%1)&lt;br/&gt;or drop files or folders on this window.&lt;/p&gt;</source>
        <extracomment>Shown when no letter is open. Keep the HTML tags; the menu path must match the translated File menu and Import action; %1 is the shortcut.</extracomment>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Geen brief geopend&lt;/p&gt;&lt;p&gt;Kies links een brief, importeer brieven met &lt;b&gt;Bestand › Brieven importeren&lt;/b&gt; (%1)&lt;br/&gt;of sleep bestanden of mappen naar dit venster.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n commitments</source>
        <extracomment>Status bar, after the number of footnotes</extracomment>
        <translation>
            <numerusform>%n toezegging</numerusform>
            <numerusform>%n toezeggingen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Tracker…</source>
        <extracomment>File menu; creates a new, empty tracker file</extracomment>
        <translation>&amp;Nieuwe tracker…</translation>
    </message>
    <message>
        <source>&amp;Open Tracker…</source>
        <extracomment>File menu; opens another tracker file</extracomment>
        <translation>Tracker &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Import Letters…</source>
        <extracomment>File menu; imports letter files into the tracker</extracomment>
        <translation>Brieven &amp;importeren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <extracomment>File menu; imports every letter in a folder</extracomment>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <source>&amp;Analyse All Letters Again</source>
        <extracomment>File menu; runs the analysis again over every tracked letter</extracomment>
        <translation>Alle brieven opnieuw ana&amp;lyseren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <extracomment>File menu; opens the settings dialog</extracomment>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <extracomment>View menu</extracomment>
        <translation>&amp;Brieven</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <extracomment>View menu</extracomment>
        <translation>&amp;Toezeggingen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <extracomment>View menu</extracomment>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <extracomment>Menu bar</extracomment>
        <translation>&amp;Ga</translation>
    </message>
    <message>
        <source>&amp;Filter Commitments</source>
        <extracomment>Go menu; puts the keyboard focus in the commitments&apos; search field</extracomment>
        <translation>Toezeggingen &amp;filteren</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <extracomment>Go menu; puts the keyboard focus in the letter</extracomment>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu bar</extracomment>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu; the prefix of &quot;Undo &lt;what&gt;&quot;</extracomment>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu; the prefix of &quot;Redo &lt;what&gt;&quot;</extracomment>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <extracomment>Edit menu; submenu with the four statuses</extracomment>
        <translation>&amp;Status instellen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Set Status submenu</extracomment>
        <translation>&amp;Openstaand</translation>
    </message>
    <message>
        <source>&amp;Partly Done</source>
        <extracomment>Set Status submenu</extracomment>
        <translation>&amp;Deels afgedaan</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <extracomment>Set Status submenu</extracomment>
        <translation>&amp;Afgedaan</translation>
    </message>
    <message>
        <source>&amp;Lapsed</source>
        <extracomment>Set Status submenu</extracomment>
        <translation>&amp;Vervallen</translation>
    </message>
    <message>
        <source>D&amp;eadlines</source>
        <extracomment>View menu</extracomment>
        <translation>T&amp;ermijnen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <extracomment>File menu; writes a PDF, CSV, JSON or iCalendar file of the commitments</extracomment>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
</context>
<context>
    <name>Promissa::MarkCommitmentDialog</name>
    <message>
        <source>Mark as Commitment</source>
        <extracomment>Window title</extracomment>
        <translation>Als toezegging markeren</translation>
    </message>
    <message>
        <source>who promises, e.g. het kabinet</source>
        <extracomment>Placeholder of the actor field</extracomment>
        <translation>wie belooft, bijv. het kabinet</translation>
    </message>
    <message>
        <source>as written, e.g. voor de zomer</source>
        <extracomment>Placeholder of the deadline field</extracomment>
        <translation>zoals geschreven, bijv. voor de zomer</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <extracomment>Check box before the deadline&apos;s date</extracomment>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <extracomment>Accessible name of the deadline&apos;s date field</extracomment>
        <translation>Datum van de termijn</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Mark as commitment: field label</extracomment>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <extracomment>Mark as commitment: field label</extracomment>
        <translation>&amp;Actor:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <extracomment>Mark as commitment: field label</extracomment>
        <translation>&amp;Termijn:</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <extracomment>Mark as commitment: the OK button</extracomment>
        <translation>&amp;Markeren</translation>
    </message>
</context>
<context>
    <name>Promissa::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <extracomment>Window title</extracomment>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Accessible name of the note text field</extracomment>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What should colleagues know about this passage?</source>
        <extracomment>Placeholder of the note text field</extracomment>
        <translation>Wat moeten collega’s weten over deze passage?</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <extracomment>Add note: the OK button</extracomment>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>Promissa::NotesWidget</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Note on this commitment:</source>
        <translation>Notitie bij deze toezegging:</translation>
    </message>
</context>
<context>
    <name>Promissa::ReportExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>Error; %1 is a file, %2 the system&apos;s reason</extracomment>
        <translation>%1: kan niet schrijven: %2</translation>
    </message>
    <message>
        <source>No file was given to export to.</source>
        <extracomment>Error when exporting without a file name</extracomment>
        <translation>Er is geen bestand opgegeven om naar te exporteren.</translation>
    </message>
</context>
<context>
    <name>Promissa::SessionPrompts</name>
    <message>
        <source>The change was not saved</source>
        <extracomment>Title of an error message; the text says what the tracker refused</extracomment>
        <translation>De wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>The letter fulfils %1. Set its status to “%2”?</source>
        <extracomment>Question after confirming that a letter fulfils a commitment; %1 is its number, %2 a status</extracomment>
        <translation>De brief voldoet aan %1. De status op ‘%2’ zetten?</translation>
    </message>
    <message>
        <source>Fulfilled Commitment</source>
        <extracomment>Title of the question</extracomment>
        <translation>Nagekomen toezegging</translation>
    </message>
    <message>
        <source>Set Status</source>
        <extracomment>button</extracomment>
        <translation>Status instellen</translation>
    </message>
    <message>
        <source>Keep Status</source>
        <extracomment>button</extracomment>
        <translation>Status behouden</translation>
    </message>
</context>
<context>
    <name>Promissa::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Window title of the settings dialog</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Tracker database</source>
        <extracomment>Group box in the settings dialog</extracomment>
        <translation>Database van de tracker</translation>
    </message>
    <message>
        <source>&amp;File (SQLite)</source>
        <extracomment>Settings: the tracker is one file on this computer or a shared folder</extracomment>
        <translation>&amp;Bestand (SQLite)</translation>
    </message>
    <message>
        <source>Tracker file</source>
        <extracomment>Accessible name of the tracker file field</extracomment>
        <translation>Bestand van de tracker</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>Button next to the tracker file; opens a file dialog</extracomment>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <extracomment>Settings: the tracker is a PostgreSQL database shared by a team</extracomment>
        <translation>&amp;PostgreSQL-server</translation>
    </message>
    <message>
        <source>PostgreSQL address</source>
        <extracomment>Accessible name of the PostgreSQL address field</extracomment>
        <translation>Adres van de PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <extracomment>Button; opens the tracker read-only and reports what it found</extracomment>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Settings: user interface language follows the system</extracomment>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>A new language is used when Promissa is started again.</source>
        <extracomment>Settings, under the language choice</extracomment>
        <translation>Een andere taal wordt gebruikt zodra Promissa opnieuw is gestart.</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <extracomment>Settings: the name written into the history of every change</extracomment>
        <translation>&amp;Naam van de auteur:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <extracomment>Settings: the colour theme of the letters</extracomment>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Settings: the user interface language</extracomment>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Enter a file or a PostgreSQL address first.</source>
        <extracomment>Settings: result of Test Connection</extracomment>
        <translation>Vul eerst een bestand of een PostgreSQL-adres in.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: a Promissa tracker with %n letters (schema version %1).</source>
        <extracomment>Settings: result of Test Connection; %1 is the schema version</extracomment>
        <translation>
            <numerusform>Verbonden: een Promissa-tracker met %n brief (schemaversie %1).</numerusform>
            <numerusform>Verbonden: een Promissa-tracker met %n brieven (schemaversie %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no tracker in this file yet; Promissa will create it.</source>
        <extracomment>Settings: result of Test Connection for a file that does not exist yet</extracomment>
        <translation>Dit bestand bevat nog geen tracker; Promissa maakt hem aan.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <extracomment>Settings: result of Test Connection; %1 is the reason</extracomment>
        <translation>Kan geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>Tracker File</source>
        <extracomment>File dialog title</extracomment>
        <translation>Bestand van de tracker</translation>
    </message>
    <message>
        <source>Promissa trackers (*.promissa);;All files (*)</source>
        <extracomment>File dialog filter; keep the pattern in brackets</extracomment>
        <translation>Promissa-trackers (*.promissa);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>Promissa::Startup</name>
    <message>
        <source>New Tracker</source>
        <extracomment>File dialog title</extracomment>
        <translation>Nieuwe tracker</translation>
    </message>
    <message>
        <source>Promissa trackers (*.promissa)</source>
        <extracomment>File dialog filter; keep the pattern in brackets</extracomment>
        <translation>Promissa-trackers (*.promissa)</translation>
    </message>
    <message>
        <source>Open Tracker</source>
        <extracomment>File dialog title</extracomment>
        <translation>Tracker openen</translation>
    </message>
    <message>
        <source>Promissa trackers (*.promissa);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in brackets</extracomment>
        <translation>Promissa-trackers (*.promissa);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Welcome to Promissa</source>
        <extracomment>First run: title of the question</extracomment>
        <translation>Welkom bij Promissa</translation>
    </message>
    <message>
        <source>Promissa keeps the commitments it finds in a tracker. Create a tracker in %1 and import an example letter to try it out?

You can choose another file or a shared PostgreSQL database later in Settings.</source>
        <extracomment>First run; %1 is the path of the new tracker file</extracomment>
        <translation>Promissa bewaart de toezeggingen die het vindt in een tracker. Een tracker maken in %1 en een voorbeeldbrief importeren om het uit te proberen?

U kunt later in Instellingen een ander bestand of een gedeelde PostgreSQL-database kiezen.</translation>
    </message>
    <message>
        <source>Create Tracker</source>
        <extracomment>First run: button that creates the tracker</extracomment>
        <translation>Tracker maken</translation>
    </message>
    <message>
        <source>Not Now</source>
        <extracomment>First run: button that starts without a tracker</extracomment>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Could not create the tracker</source>
        <extracomment>Title of an error message</extracomment>
        <translation>Kan de tracker niet maken</translation>
    </message>
    <message>
        <source>Could not import the example letter</source>
        <extracomment>Title of an error message</extracomment>
        <translation>Kan de voorbeeldbrief niet importeren</translation>
    </message>
    <message>
        <source>No tracker is open.</source>
        <translation>Er is geen tracker geopend.</translation>
    </message>
</context>
<context>
    <name>Promissa::ThemeMenu</name>
    <message>
        <source>&amp;Automatic (follow light/dark)</source>
        <extracomment>Theme choice; picks a light or dark theme to match the window colours</extracomment>
        <translation>&amp;Automatisch (volgt licht/donker)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>View menu; submenu with the colour themes of the letter view</extracomment>
        <translation>T&amp;hema</translation>
    </message>
</context>
<context>
    <name>Promissa::TrackerSession</name>
    <message>
        <source>No tracker is open. Create or open one in the File menu first.</source>
        <translation>Er is geen tracker geopend. Maak of open er eerst een via het menu Bestand.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Set status of %1 to %2</source>
        <extracomment>Undo history; %1 is a commitment number, %2 a status (&quot;done&quot;)</extracomment>
        <translation>Status van %1 op %2 zetten</translation>
    </message>
    <message>
        <source>Change deadline of %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>Termijn van %1 wijzigen</translation>
    </message>
    <message>
        <source>Change owner of %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>Eigenaar van %1 wijzigen</translation>
    </message>
    <message>
        <source>Change tags of %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>Labels van %1 wijzigen</translation>
    </message>
    <message>
        <source>Adjust the text of %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>Tekst van %1 aanpassen</translation>
    </message>
    <message>
        <source>Set kind of %1 to %2</source>
        <extracomment>Undo history; %1 is a commitment number, %2 a kind (&quot;firm&quot;)</extracomment>
        <translation>Soort van %1 op %2 zetten</translation>
    </message>
    <message>
        <source>Change actor of %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>Actor van %1 wijzigen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>%1 afwijzen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <extracomment>Undo history; %1 is a commitment number</extracomment>
        <translation>%1 herstellen</translation>
    </message>
    <message>
        <source>Mark a commitment</source>
        <extracomment>Undo history</extracomment>
        <translation>Toezegging markeren</translation>
    </message>
    <message>
        <source>Add a note</source>
        <extracomment>Undo history</extracomment>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Remove a note</source>
        <extracomment>Undo history</extracomment>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Link suggestion %1 is no longer pending; somebody may have decided on it already.</source>
        <extracomment>%1 is the number of a link suggestion</extracomment>
        <translation>Koppelingsvoorstel %1 staat niet meer open; misschien heeft iemand er al over beslist.</translation>
    </message>
    <message>
        <source>Confirm a “%1” link</source>
        <extracomment>Undo history; %1 is the kind of link (&quot;repeats&quot;)</extracomment>
        <translation>Koppeling ‘%1’ bevestigen</translation>
    </message>
    <message>
        <source>Reject a link suggestion</source>
        <extracomment>Undo history</extracomment>
        <translation>Koppelingsvoorstel afwijzen</translation>
    </message>
    <message>
        <source>Add a “%1” link</source>
        <extracomment>Undo history; %1 is the kind of link (&quot;repeats&quot;)</extracomment>
        <translation>Koppeling ‘%1’ toevoegen</translation>
    </message>
    <message>
        <source>Remove a “%1” link</source>
        <extracomment>Undo history; %1 is the kind of link (&quot;repeats&quot;)</extracomment>
        <translation>Koppeling ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds the commitments in Dutch government letters to parliament.</source>
        <translation>Vindt de toezeggingen in Kamerbrieven van het kabinet.</translation>
    </message>
    <message>
        <source>Use this language for the user interface, for example nl or en.</source>
        <extracomment>Help for --language; keep &quot;nl&quot; and &quot;en&quot; as they are</extracomment>
        <translation>Deze taal voor de gebruikersinterface gebruiken, bijvoorbeeld nl of en.</translation>
    </message>
    <message>
        <source>Letters to import into the tracker and show.</source>
        <translation>Brieven om in de tracker te importeren en te tonen.</translation>
    </message>
    <message>
        <source>Use this tracker for this run: a SQLite file (created when missing) or a postgresql:// address.</source>
        <translation>Deze tracker gebruiken voor deze keer: een SQLite-bestand (aangemaakt als het ontbreekt) of een postgresql://-adres.</translation>
    </message>
    <message>
        <source>With --screenshot: the letter theme to use, for example &quot;Breeze Dark&quot;.</source>
        <extracomment>Help for --theme; keep &quot;Breeze Dark&quot; as it is</extracomment>
        <translation>Met --screenshot: het thema voor de brief, bijvoorbeeld &quot;Breeze Dark&quot;.</translation>
    </message>
    <message>
        <source>Could not open the tracker</source>
        <translation>Kan de tracker niet openen</translation>
    </message>
    <message>
        <source>Import the given files (or the example letter) into a temporary tracker, show the window at 1400x900, save it as &lt;OUT&gt; and exit; when &lt;OUT&gt; does not end in .png, save the window and each pane into that folder (works with QT_QPA_PLATFORM=offscreen).</source>
        <translation>De gegeven bestanden (of de voorbeeldbrief) in een tijdelijke tracker importeren, het venster op 1400x900 tonen, het als &lt;OUT&gt; opslaan en stoppen; eindigt &lt;OUT&gt; niet op .png, dan het venster en elk paneel in die map opslaan (werkt met QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>With --screenshot: the day to count deadlines from (YYYY-MM-DD).</source>
        <translation>Met --screenshot: de dag waarvanaf termijnen tellen (JJJJ-MM-DD).</translation>
    </message>
</context>
</TS>
