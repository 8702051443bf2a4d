<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionsEditor</name>
    <message>
        <source>+ Add action</source>
        <translation>+ Maßnahme</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation>„%1“ ist kein Datum. Bitte so eingeben: %2.</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>ActionsSlide</name>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda: planned and actual times</source>
        <translation>Agenda: geplante und tatsächliche Zeiten</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Total: %1 planned · %2 so far</source>
        <translation>Gesamt: %1 geplant · %2 bisher</translation>
    </message>
    <message>
        <source>Rename agenda item</source>
        <translation>Agendapunkt umbenennen</translation>
    </message>
    <message>
        <source>Change planned time</source>
        <translation>Geplante Zeit ändern</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove from agenda</source>
        <translation>Aus der Agenda nehmen</translation>
    </message>
    <message>
        <source>Add a slide</source>
        <translation>Folie hinzufügen</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Agendapunkt verschieben</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Agendapunkt entfernen</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agendapunkt hinzufügen</translation>
    </message>
    <message>
        <source>Every slide is on the agenda</source>
        <translation>Alle Folien sind auf der Agenda</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your session is saved; the details are in %2.</source>
        <translation>Etwas ist schiefgegangen (%1). Ihre Sitzung ist gespeichert; die Einzelheiten stehen in %2.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation>Etwas ist schiefgegangen (%1). Die Einzelheiten stehen in %2.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>+ Note</source>
        <translation>+ Notiz</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppieren</translation>
    </message>
    <message>
        <source>Tidy</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>No notes yet.
Press N for a new note, or double-click here.</source>
        <translation>Noch keine Notizen.
N drücken für eine neue Notiz, oder hier doppelklicken.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colour the selection (Ctrl+1 … Ctrl+7)</source>
        <translation>Die Auswahl einfärben (Strg+1 … Strg+7)</translation>
    </message>
    <message>
        <source>Face down until revealed</source>
        <translation>Verdeckt, bis sie aufgedeckt wird</translation>
    </message>
    <message>
        <source>Dot votes: %1</source>
        <translation>Klebepunkte: %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare sessions</source>
        <translation>Sitzungen vergleichen</translation>
    </message>
    <message>
        <source>Sessions of one team, oldest first:</source>
        <translation>Sitzungen eines Teams, die älteste zuerst:</translation>
    </message>
    <message>
        <source>Sessions to compare</source>
        <translation>Zu vergleichende Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Add sessions…</source>
        <translation>Sitzungen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The team&apos;s path across the 2×2</source>
        <translation>Der Weg des Teams durch die 2×2-Matrix</translation>
    </message>
    <message>
        <source>The comparison as a table</source>
        <translation>Der Vergleich als Tabelle</translation>
    </message>
    <message>
        <source>Add sessions to compare</source>
        <translation>Sitzungen zum Vergleichen hinzufügen</translation>
    </message>
    <message>
        <source>Cannot compare a file</source>
        <translation>Eine Datei lässt sich nicht vergleichen</translation>
    </message>
    <message>
        <source>Add at least two sessions of a team to compare them.</source>
        <translation>Fügen Sie mindestens zwei Sitzungen eines Teams hinzu, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>These sessions used different scales (%1), so every number is shown normalised to 0–100%: (value − min) / (max − min) × 100.</source>
        <translation>Diese Sitzungen nutzten verschiedene Skalen (%1). Darum steht jede Zahl normiert auf 0–100 %: (Wert − Min) / (Max − Min) × 100.</translation>
    </message>
    <message>
        <source>Every number is on the scale %1.</source>
        <translation>Jede Zahl steht auf der Skala %1.</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> Pkt.</translation>
    </message>
    <message>
        <source>Leadership (L)</source>
        <translation>Führung (F)</translation>
    </message>
    <message>
        <source>Management (M)</source>
        <translation>Management (M)</translation>
    </message>
    <message>
        <source>Balance (L − M)</source>
        <translation>Balance (F − M)</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Den Vergleich exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>Der Vergleich lässt sich nicht exportieren</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Now, on the projector</source>
        <translation>Jetzt auf dem Beamer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Speaker notes for this slide</source>
        <translation>Sprechernotizen zu dieser Folie</translation>
    </message>
    <message>
        <source>The end of the agenda</source>
        <translation>Das Ende der Agenda</translation>
    </message>
    <message>
        <source>The next step of this slide</source>
        <translation>Der nächste Schritt dieser Folie</translation>
    </message>
</context>
<context>
    <name>DeckNavigation</name>
    <message>
        <source>Item %1 of %2 · %3</source>
        <translation>Punkt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>This session is read-only: nothing can change. Use Save As to continue in a copy.</source>
        <translation>Diese Sitzung ist schreibgeschützt: Nichts kann geändert werden. Mit „Speichern unter“ geht es in einer Kopie weiter.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <extracomment>(filter text, paper) pairs: the PDF&apos;s filter picks its paper, &quot;&quot; is the locale&apos;s usual one</extracomment>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF, US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Export PDF Summary…</source>
        <translation>PDF-Zusammenfassung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the PDF summary</source>
        <translation>PDF-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF summary saved</source>
        <translation>PDF-Zusammenfassung gespeichert</translation>
    </message>
    <message>
        <source>The PDF summary is saved as %1.</source>
        <translation>Die PDF-Zusammenfassung ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export Summary as &amp;Web Page…</source>
        <translation>Zusammenfassung als &amp;Webseite exportieren…</translation>
    </message>
    <message>
        <source>Export the summary as a web page</source>
        <translation>Die Zusammenfassung als Webseite exportieren</translation>
    </message>
    <message>
        <source>Export Web Page</source>
        <translation>Webseite exportieren</translation>
    </message>
    <message>
        <source>Web page summary saved</source>
        <translation>Zusammenfassung als Webseite gespeichert</translation>
    </message>
    <message>
        <source>The web page summary is saved as %1.</source>
        <translation>Die Zusammenfassung ist als Webseite unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the whole session as JSON</source>
        <translation>Die ganze Sitzung als JSON exportieren</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Session saved as JSON</source>
        <translation>Sitzung als JSON gespeichert</translation>
    </message>
    <message>
        <source>The whole session is saved as %1.</source>
        <translation>Die ganze Sitzung ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>CSV, one row per vote (*.csv)</source>
        <translation>CSV, eine Zeile je Stimme (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport Votes as CSV…</source>
        <translation>S&amp;timmen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the votes as CSV</source>
        <translation>Die Stimmen als CSV exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Votes saved as CSV</source>
        <translation>Stimmen als CSV gespeichert</translation>
    </message>
    <message>
        <source>The votes are saved as %1.</source>
        <translation>Die Stimmen sind als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Tem&amp;plates…</source>
        <translation>Vor&amp;lagen…</translation>
    </message>
    <message>
        <source>Compare &amp;Sessions…</source>
        <translation>Sitzungen ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>New Session from T&amp;his One…</source>
        <translation>Neue Sitzung aus &amp;dieser…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Anony&amp;mise…</source>
        <translation>Anony&amp;misieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation>Noch nichts geöffnet</translation>
    </message>
    <message>
        <source>Forget missing files</source>
        <translation>Fehlende Dateien vergessen</translation>
    </message>
</context>
<context>
    <name>FileWorkflows</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>Die Vorlage lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>Die Sitzung lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>This demo is not kept in a file. Use Save As to keep it.</source>
        <translation>Diese Demo liegt in keiner Datei. Mit „Speichern unter“ bleibt sie erhalten.</translation>
    </message>
    <message>
        <source>Editing has stopped: nothing new can be saved. Use Save As.</source>
        <translation>Die Bearbeitung ist angehalten: Neues kann nicht gespeichert werden. Nutzen Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>This session is read-only: nothing in it changes.</source>
        <translation>Diese Sitzung ist schreibgeschützt: An ihr ändert sich nichts.</translation>
    </message>
    <message>
        <source>All changes are saved in the app&apos;s folder. Use Save As to name this session.</source>
        <translation>Alle Änderungen sind im Ordner der App gespeichert. Mit „Speichern unter“ bekommt die Sitzung einen Namen.</translation>
    </message>
    <message>
        <source>All changes are saved in %1.</source>
        <translation>Alle Änderungen sind in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Die Sitzung lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Die Kopie lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Die Vorlage lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>Remove every participant&apos;s name from this session? The votes stay, without names.</source>
        <translation>Alle Namen der Teilnehmenden aus dieser Sitzung entfernen? Die Stimmen bleiben, ohne Namen.</translation>
    </message>
    <message>
        <source>Editing has stopped</source>
        <translation>Bearbeiten wurde angehalten</translation>
    </message>
    <message>
        <source>Everything saved before this is safe. Use Save As to continue elsewhere.</source>
        <translation>Alles bis hierhin Gespeicherte ist sicher. Mit „Speichern unter“ geht es an anderer Stelle weiter.</translation>
    </message>
</context>
<context>
    <name>LiveVoting</name>
    <message>
        <source>This session is read-only, so phones cannot vote in it.</source>
        <extracomment>Ports tried in turn, so the address stays the same from one workshop to the next.</extracomment>
        <translation>Diese Sitzung ist schreibgeschützt, darum können Handys darin nicht abstimmen.</translation>
    </message>
    <message>
        <source>Phone voting could not start: %1</source>
        <translation>Die Abstimmung per Handy ließ sich nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Slides</source>
        <translation>&amp;Folien</translation>
    </message>
    <message>
        <source>&amp;Next slide</source>
        <translation>&amp;Nächste Folie</translation>
    </message>
    <message>
        <source>&amp;Previous slide</source>
        <translation>&amp;Vorherige Folie</translation>
    </message>
    <message>
        <source>&amp;Go to agenda item…</source>
        <translation>&amp;Gehe zu Agendapunkt…</translation>
    </message>
    <message>
        <source>&amp;Reveal or hide results</source>
        <translation>Ergebnisse &amp;zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Present from the &amp;start</source>
        <translation>Präsentieren ab &amp;Anfang</translation>
    </message>
    <message>
        <source>Present from &amp;here</source>
        <translation>Präsentieren ab &amp;hier</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Leave full screen</source>
        <translation>Vollbild ver&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Schwarzbild</translation>
    </message>
    <message>
        <source>Facilitator &amp;console</source>
        <translation>Moderations&amp;konsole</translation>
    </message>
    <message>
        <source>S&amp;wap projector and console screens</source>
        <translation>Beamer und Konsole ta&amp;uschen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Projector screen</source>
        <translation>&amp;Beamer-Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation>Timer &amp;starten oder anhalten</translation>
    </message>
    <message>
        <source>Show the timer on the &amp;projector</source>
        <translation>Timer auf dem &amp;Beamer zeigen</translation>
    </message>
    <message>
        <source>V&amp;otes</source>
        <translation>&amp;Stimmen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>A&amp;dd a vote</source>
        <translation>Stimme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Open or close no&amp;tes from phones</source>
        <translation>&amp;Handy-Notizen öffnen oder schließen</translation>
    </message>
    <message>
        <source>Open or close &amp;dot voting from phones</source>
        <translation>&amp;Punktabstimmung per Handy öffnen oder schließen</translation>
    </message>
    <message>
        <source>Dots per p&amp;hone…</source>
        <translation>Pun&amp;kte pro Handy…</translation>
    </message>
    <message>
        <source>At most &amp;one dot per note</source>
        <translation>Höchstens &amp;ein Punkt pro Notiz</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Stimme %1</translation>
    </message>
    <message>
        <source>&amp;Abstain</source>
        <translation>&amp;Enthaltung</translation>
    </message>
    <message>
        <source>Record votes &amp;by name</source>
        <translation>Stimmen &amp;namentlich erfassen</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Teilnehmende…</translation>
    </message>
    <message>
        <source>&amp;Re-vote this process</source>
        <translation>Diesen Prozess e&amp;rneut abstimmen</translation>
    </message>
    <message>
        <source>&amp;Scores use round…</source>
        <translation>&amp;Wertung nach Runde…</translation>
    </message>
    <message>
        <source>P&amp;hone voting</source>
        <translation>&amp;Abstimmung per Handy</translation>
    </message>
    <message>
        <source>Only one screen is connected</source>
        <translation>Nur ein Bildschirm ist angeschlossen</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Pause the timer</source>
        <translation>Timer &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume the timer</source>
        <translation>Timer &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start the timer</source>
        <translation>Timer &amp;starten</translation>
    </message>
    <message>
        <source>Go to agenda item</source>
        <translation>Gehe zu Agendapunkt</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Agendapunkt:</translation>
    </message>
    <message>
        <source>Add participants first (Votes → Participants…).</source>
        <translation>Erst Teilnehmende hinzufügen (Stimmen → Teilnehmende…).</translation>
    </message>
    <message>
        <source>The latest round</source>
        <translation>Die neueste Runde</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Scores use round</source>
        <translation>Wertung nach Runde</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>for example, Customer Platform team</source>
        <translation>zum Beispiel Team Kundenplattform</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Language the room sees:</source>
        <translation>&amp;Sprache für den Raum:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sitzung ohne Titel</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <source>Paste note</source>
        <translation>Notiz einfügen</translation>
    </message>
    <message>
        <source>Paste %1 notes</source>
        <translation>%1 Notizen einfügen</translation>
    </message>
    <message>
        <source>This note from a phone is face down: press R to show it, then edit it.</source>
        <translation>Diese Notiz vom Handy liegt verdeckt: Drücken Sie R, um sie aufzudecken, und bearbeiten Sie sie dann.</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add a dot vote</source>
        <translation>Einen Klebepunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove a dot vote</source>
        <translation>Einen Klebepunkt entfernen</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Nach links verschieben</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Nach rechts verschieben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Group the selection</source>
        <translation>Die Auswahl gruppieren</translation>
    </message>
    <message>
        <source>Tidy into a grid</source>
        <translation>In einem Raster aufräumen</translation>
    </message>
    <message>
        <source>Paste as notes</source>
        <translation>Als Notizen einfügen</translation>
    </message>
    <message>
        <source>Select all notes</source>
        <translation>Alle Notizen auswählen</translation>
    </message>
    <message>
        <source>Show the selected note large</source>
        <translation>Die gewählte Notiz groß zeigen</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Colour notes %1</source>
        <translation>Notizen färben: %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Notizen gruppieren</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Aufräumen</translation>
    </message>
</context>
<context>
    <name>ParkingSlide</name>
    <message>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <source>This session has no parking lot.</source>
        <translation>Diese Sitzung hat keinen Themenspeicher.</translation>
    </message>
</context>
<context>
    <name>PathChart</name>
    <message>
        <source>Leadership →</source>
        <translation>Führung →</translation>
    </message>
    <message>
        <source>Management →</source>
        <translation>Management →</translation>
    </message>
</context>
<context>
    <name>PhoneBoard</name>
    <message>
        <source>This session is read-only, so phones cannot add to it.</source>
        <translation>Diese Sitzung ist schreibgeschützt, deshalb können Handys nichts hinzufügen.</translation>
    </message>
</context>
<context>
    <name>PhoneBoardGestures</name>
    <message>
        <source>Notes from phones are closed. Phones wait for what comes next.</source>
        <translation>Handy-Notizen sind geschlossen. Die Handys warten auf das, was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Dot voting from phones is closed. Phones wait for what comes next.</source>
        <translation>Die Punktabstimmung per Handy ist geschlossen. Die Handys warten auf das, was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Go to a slide with notes (a process or the parking lot) first.</source>
        <translation>Gehen Sie zuerst zu einer Folie mit Notizen (ein Prozess oder der Themenspeicher).</translation>
    </message>
    <message>
        <source>Dot voting from phones is open on “%1”, %2 dots each: %3</source>
        <translation>Die Punktabstimmung per Handy ist offen für „%1“, %2 Punkte pro Handy: %3</translation>
    </message>
    <message>
        <source>Notes from phones are open on “%1”: %3</source>
        <translation>Handy-Notizen sind offen für „%1“: %3</translation>
    </message>
    <message>
        <source>Dots per phone</source>
        <translation>Punkte pro Handy</translation>
    </message>
    <message>
        <source>Dots each phone may place:</source>
        <translation>Punkte, die jedes Handy setzen darf:</translation>
    </message>
    <message>
        <source>Notes and dots from phones are shown.</source>
        <translation>Notizen und Punkte von den Handys werden gezeigt.</translation>
    </message>
    <message>
        <source>Notes and dots from phones are hidden.</source>
        <translation>Notizen und Punkte von den Handys sind verborgen.</translation>
    </message>
</context>
<context>
    <name>PhoneVoting</name>
    <message>
        <source>Open or close phone &amp;voting</source>
        <extracomment>Tests and the benchmark set these before a document opens (127.0.0.1, port 0).</extracomment>
        <translation>Handy-Abstimmung &amp;öffnen oder schließen</translation>
    </message>
    <message>
        <source>Open phone voting on &amp;all six (questionnaire)</source>
        <translation>Handy-Abstimmung über &amp;alle sechs öffnen (Fragebogen)</translation>
    </message>
    <message>
        <source>Ask phones for &amp;names</source>
        <translation>Handys nach &amp;Namen fragen</translation>
    </message>
    <message>
        <source>&amp;Clear this round&apos;s phone votes…</source>
        <translation>Handy-Stimmen dieser Runde &amp;löschen…</translation>
    </message>
    <message>
        <source>Share the PDF summary with &amp;phones</source>
        <translation>PDF-Zusammenfassung mit den Handys &amp;teilen</translation>
    </message>
    <message>
        <source>Phone voting is closed. Phones wait for the next vote.</source>
        <translation>Die Handy-Abstimmung ist geschlossen. Die Handys warten auf die nächste Abstimmung.</translation>
    </message>
    <message>
        <source>Phone voting is open on “%1”: %2</source>
        <translation>Die Handy-Abstimmung ist offen für „%1“: %2</translation>
    </message>
    <message>
        <source>Phone voting is open on all six processes: %1</source>
        <translation>Die Handy-Abstimmung ist offen für alle sechs Prozesse: %1</translation>
    </message>
    <message>
        <source>Go to a process slide to clear its phone votes.</source>
        <translation>Gehen Sie zur Folie eines Prozesses, um seine Handy-Stimmen zu löschen.</translation>
    </message>
    <message>
        <source>Clear phone votes</source>
        <translation>Handy-Stimmen löschen</translation>
    </message>
    <message>
        <source>Clear this round&apos;s phone votes? This cannot be undone. Tally and by-name votes stay.</source>
        <translation>Die Handy-Stimmen dieser Runde löschen? Das lässt sich nicht rückgängig machen. Gezählte und namentliche Stimmen bleiben.</translation>
    </message>
    <message>
        <source>Cleared %1 phone votes.</source>
        <translation>%1 Handy-Stimmen gelöscht.</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Stimmen Sie per Handy ab</translation>
    </message>
    <message>
        <source>1 phone has voted</source>
        <translation>1 Handy hat abgestimmt</translation>
    </message>
    <message>
        <source>%1 phones have voted</source>
        <translation>%1 Handys haben abgestimmt</translation>
    </message>
    <message>
        <source>Dot-vote on your phone</source>
        <translation>Punkte am Handy setzen</translation>
    </message>
    <message>
        <source>Notes from your phone</source>
        <translation>Notizen vom Handy</translation>
    </message>
    <message>
        <source>The summary, on your phone</source>
        <translation>Die Zusammenfassung auf Ihrem Handy</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ProcessSlide</name>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>Was dazugehört</translation>
    </message>
    <message>
        <source>Counterpart in leadership</source>
        <translation>Gegenstück in der Führung</translation>
    </message>
    <message>
        <source>Counterpart in management</source>
        <translation>Gegenstück im Management</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Zur Diskussion</translation>
    </message>
    <message>
        <source>This process has no panel of notes.</source>
        <translation>Dieser Prozess hat keine Pinnwand für Notizen.</translation>
    </message>
    <message>
        <source>%1 = weak … %2 = strong</source>
        <translation>%1 = schwach … %2 = stark</translation>
    </message>
    <message>
        <source>⚠ Split room: worth discussing</source>
        <translation>⚠ Geteilter Raum: eine Diskussion wert</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 Stimmen</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>results hidden until revealed</source>
        <translation>Ergebnisse verborgen bis zur Freigabe</translation>
    </message>
    <message>
        <source>Average %1 / %2</source>
        <translation>Durchschnitt %1 / %2</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Noch keine Stimmen</translation>
    </message>
    <message>
        <source>1 abstention</source>
        <translation>1 Enthaltung</translation>
    </message>
    <message>
        <source>%1 abstentions</source>
        <translation>%1 Enthaltungen</translation>
    </message>
    <message>
        <source>spread %1</source>
        <translation>Streuung %1</translation>
    </message>
    <message>
        <source>Scores use round %1 of %2</source>
        <translation>Wertung nach Runde %1 von %2</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Kotter Workshop — projector</source>
        <translation>Kotter Workshop – Beamer</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Kotter sessions (*.kotter)</source>
        <translation>Kotter-Sitzungen (*.kotter)</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Session recovered</source>
        <translation>Sitzung wiederhergestellt</translation>
    </message>
    <message>
        <source>This session already has votes</source>
        <translation>Diese Sitzung hat schon Stimmen</translation>
    </message>
    <message>
        <source>Continue this session, or start a new session from it?</source>
        <translation>Diese Sitzung fortsetzen oder eine neue Sitzung daraus beginnen?</translation>
    </message>
    <message>
        <source>“%1” already holds a group&apos;s results. A new session keeps the content and agenda and starts with no votes, notes or actions.</source>
        <translation>„%1“ enthält schon die Ergebnisse einer Gruppe. Eine neue Sitzung behält Inhalte und Agenda und beginnt ohne Stimmen, Notizen und Maßnahmen.</translation>
    </message>
    <message>
        <source>Continue this session</source>
        <translation>Diese Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Neue Sitzung beginnen</translation>
    </message>
    <message>
        <source>Kotter Workshop did not close properly last time; the session is recovered and continues where you left off.</source>
        <translation>Kotter Workshop wurde beim letzten Mal nicht richtig beendet; die Sitzung ist wiederhergestellt und macht dort weiter, wo Sie aufgehört haben.</translation>
    </message>
</context>
<context>
    <name>QuadrantMap</name>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>One name per line; paste a list to add many at once. On the projector, names are never shown next to votes.</source>
        <translation>Ein Name pro Zeile; eine eingefügte Liste fügt viele auf einmal hinzu. Auf dem Beamer stehen Namen nie neben Stimmen.</translation>
    </message>
    <message>
        <source>Participant names, one per line</source>
        <translation>Namen der Teilnehmenden, einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>RosterStrip</name>
    <message>
        <source>%1, has voted</source>
        <translation>%1, hat abgestimmt</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Add a vote of that value</source>
        <translation>Eine Stimme mit diesem Wert hinzufügen</translation>
    </message>
    <message>
        <source>double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Alt+arrows</source>
        <translation>Alt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Die Auswahl verschieben</translation>
    </message>
    <message>
        <source>Zoom to fit, in, out</source>
        <translation>Alles zeigen, vergrößern, verkleinern</translation>
    </message>
    <message>
        <source>Colour the selection</source>
        <translation>Die Auswahl einfärben</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SpeakerNotesEditor</name>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Your private notes for this slide. The room never sees them.</source>
        <translation>Ihre privaten Notizen zu dieser Folie. Der Raum sieht sie nie.</translation>
    </message>
    <message>
        <source>Edit speaker notes</source>
        <translation>Sprechernotizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Kotter Workshop</source>
        <translation>Kotter Workshop</translation>
    </message>
    <message>
        <source>Run a live workshop on Kotter&apos;s “What Leaders Really Do”.</source>
        <translation>Moderieren Sie einen Live-Workshop zu Kotters „What Leaders Really Do“.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the demo session</source>
        <translation>Die Demo-Sitzung öffnen</translation>
    </message>
    <message>
        <source>New from one of your templates</source>
        <translation>Neu aus einer Ihrer Vorlagen</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Ihre Vorlagen</translation>
    </message>
    <message>
        <source>Unsaved sessions, kept safe until you name them</source>
        <translation>Ungespeicherte Sitzungen, sicher aufbewahrt, bis Sie sie benennen</translation>
    </message>
    <message>
        <source>Unsaved sessions</source>
        <translation>Ungespeicherte Sitzungen</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>No templates of your own yet.</source>
        <translation>Noch keine eigenen Vorlagen.</translation>
    </message>
    <message>
        <source>Nothing opened yet.</source>
        <translation>Noch nichts geöffnet.</translation>
    </message>
    <message>
        <source>This file is no longer there.</source>
        <translation>Diese Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>SummarySlide</name>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Where we stand</source>
        <translation>Wo wir stehen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Where we stand, pair by pair</source>
        <translation>Wo wir stehen, Paar für Paar</translation>
    </message>
    <message>
        <source>split</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>%1 participants so far.</source>
        <translation>Bisher %1 Teilnehmende.</translation>
    </message>
    <message>
        <source>Results are hidden until revealed.</source>
        <translation>Die Ergebnisse sind bis zur Freigabe verborgen.</translation>
    </message>
    <message>
        <source>Each side needs votes on at least one of its processes.</source>
        <translation>Jede Seite braucht Stimmen zu mindestens einem ihrer Prozesse.</translation>
    </message>
    <message>
        <source>%1: the team %2</source>
        <translation>%1 – Team: %2</translation>
    </message>
</context>
<context>
    <name>Swatch</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>TallyStrip</name>
    <message>
        <source>Remove a vote of %1</source>
        <translation>Eine Stimme für %1 entfernen</translation>
    </message>
    <message>
        <source>Add a vote of %1</source>
        <translation>Eine Stimme für %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>TasksSlide</name>
    <message>
        <source>Three tasks, two ways</source>
        <translation>Drei Aufgaben, zwei Wege</translation>
    </message>
    <message>
        <source>Both sides do the same three jobs. They do them differently.</source>
        <translation>Beide Seiten erfüllen dieselben drei Aufgaben. Sie erfüllen sie verschieden.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit template — %1</source>
        <translation>Vorlage bearbeiten – %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Processes</source>
        <translation>&amp;Prozesse</translation>
    </message>
    <message>
        <source>&amp;Discussion prompts</source>
        <translation>&amp;Fragen zur Diskussion</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>Pi&amp;nnwände</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Sa&amp;ve template</source>
        <translation>Vorlage spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Template name:</source>
        <translation>Name der &amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Language the room sees:</source>
        <translation>&amp;Sprache für den Raum:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>Changing the language shows the built-in texts in that language, unless you have written your own.</source>
        <translation>Eine andere Sprache zeigt die eingebauten Texte in dieser Sprache, außer wo Sie eigene geschrieben haben.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Tagline:</source>
        <translation>Leitsatz:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Involves (one per line):</source>
        <translation>Umfasst (eins pro Zeile):</translation>
    </message>
    <message>
        <source>Prompts (one per line):</source>
        <translation>Fragen (eine pro Zeile):</translation>
    </message>
    <message>
        <source>General discussion prompts, one per line:</source>
        <translation>Allgemeine Fragen zur Diskussion, eine pro Zeile:</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Fragen zur Diskussion</translation>
    </message>
    <message>
        <source>Panel title</source>
        <translation>Titel der Pinnwand</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Pinnwände</translation>
    </message>
    <message>
        <source>Add a free panel</source>
        <translation>Eine freie Pinnwand hinzufügen</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>Neue Pinnwand</translation>
    </message>
    <message>
        <source>Remove the free panel</source>
        <translation>Die freie Pinnwand entfernen</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunkt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes for %1</source>
        <translation>Minuten für %1</translation>
    </message>
    <message>
        <source>(free)</source>
        <translation>(frei)</translation>
    </message>
    <message>
        <source>Total: %1 minutes</source>
        <translation>Gesamt: %1 Minuten</translation>
    </message>
    <message>
        <source>Every process needs a title, tagline, meaning, involves and prompts.</source>
        <translation>Jeder Prozess braucht Titel, Leitsatz, Bedeutung, Umfang und Fragen.</translation>
    </message>
    <message>
        <source>The template needs at least one discussion prompt.</source>
        <translation>Die Vorlage braucht mindestens eine Frage zur Diskussion.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Die Vorlage lässt sich nicht speichern</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New session from it</source>
        <translation>&amp;Neue Sitzung daraus</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What Leaders Really Do (built-in)</source>
        <translation>What Leaders Really Do (eingebaut)</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Language: %1 · Scale: %2</source>
        <translation>Sprache: %1 · Skala: %2</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Fragen zur Diskussion</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Pinnwände</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Total: %1 minutes</source>
        <translation>Gesamt: %1 Minuten</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Cannot rename the template</source>
        <translation>Die Vorlage lässt sich nicht umbenennen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot duplicate the template</source>
        <translation>Die Vorlage lässt sich nicht duplizieren</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>Die Vorlage lässt sich nicht löschen</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Eine Vorlage importieren</translation>
    </message>
    <message>
        <source>Cannot import the template</source>
        <translation>Die Vorlage lässt sich nicht importieren</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Die Vorlage exportieren</translation>
    </message>
    <message>
        <source>Cannot export the template</source>
        <translation>Die Vorlage lässt sich nicht exportieren</translation>
    </message>
    <message>
        <source>Cannot open the template</source>
        <translation>Die Vorlage lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>No agenda item</source>
        <translation>Kein Agendapunkt</translation>
    </message>
    <message>
        <source>elapsed · no planned time</source>
        <translation>vergangen · keine geplante Zeit</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Noch eine Minute</translation>
    </message>
    <message>
        <source>left of %1</source>
        <translation>übrig von %1</translation>
    </message>
    <message>
        <source>paused (T starts)</source>
        <translation>angehalten (T startet)</translation>
    </message>
    <message>
        <source>Timer %1 %2</source>
        <translation>Timer %1 %2</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <source>Facilitator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
</context>
<context>
    <name>VoteCapture</name>
    <message>
        <source>%1 is not on this session&apos;s %2 scale.</source>
        <translation>%1 liegt nicht auf der Skala %2 dieser Sitzung.</translation>
    </message>
    <message>
        <source>Everyone on the roster has voted on this process.</source>
        <translation>Alle auf der Liste haben über diesen Prozess abgestimmt.</translation>
    </message>
    <message>
        <source>This round has no votes yet; there is nothing to re-vote.</source>
        <translation>Diese Runde hat noch keine Stimmen; es gibt nichts neu abzustimmen.</translation>
    </message>
    <message>
        <source>Re-vote: round %1 is open.</source>
        <translation>Neue Abstimmung: Runde %1 ist offen.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Add vote</source>
        <translation>Stimme hinzufügen</translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Stimme entfernen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Sitzungsdaten bearbeiten</translation>
    </message>
    <message>
        <source>Choose round</source>
        <translation>Runde wählen</translation>
    </message>
    <message>
        <source>Start a re-vote</source>
        <translation>Neue Abstimmung beginnen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Edit speaker notes</source>
        <translation>Sprechernotizen bearbeiten</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>Teilnehmende bearbeiten</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Agendapunkt bearbeiten</translation>
    </message>
    <message>
        <source>Arrange the agenda</source>
        <translation>Agenda ordnen</translation>
    </message>
    <message>
        <source>Record time</source>
        <translation>Zeit erfassen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Notizen löschen</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A planned duration cannot be negative.</source>
        <translation>Eine geplante Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The agenda needs at least one item.</source>
        <translation>Die Agenda braucht mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>The new agenda names an item twice, or one that does not exist.</source>
        <translation>Die neue Agenda nennt einen Punkt doppelt oder einen, den es nicht gibt.</translation>
    </message>
    <message>
        <source>A comparison needs at least two sessions.</source>
        <translation>Ein Vergleich braucht mindestens zwei Sitzungen.</translation>
    </message>
    <message>
        <source>The scale cannot change while ballots lie outside the new scale.</source>
        <translation>Die Skala kann sich nicht ändern, solange Stimmen außerhalb der neuen Skala liegen.</translation>
    </message>
    <message>
        <source>{value} is outside the scale {scale}.</source>
        <translation>{value} liegt außerhalb der Skala {scale}.</translation>
    </message>
    <message>
        <source>Rounds start at 1.</source>
        <translation>Runden beginnen bei 1.</translation>
    </message>
    <message>
        <source>Ballot {id} is already in the session.</source>
        <translation>Die Stimme {id} ist schon in der Sitzung.</translation>
    </message>
    <message>
        <source>Two people on the roster share one id.</source>
        <translation>Zwei Personen der Teilnehmerliste haben dieselbe Kennung.</translation>
    </message>
    <message>
        <source>A scale of {min}–{max} is not supported; use 1–5, 1–7 or 1–10.</source>
        <translation>Eine Skala von {min} bis {max} wird nicht unterstützt; verwenden Sie 1–5, 1–7 oder 1–10.</translation>
    </message>
    <message>
        <source>A note holds 1 to {limit} characters, not {count}.</source>
        <translation>Eine Notiz hat 1 bis {limit} Zeichen, nicht {count}.</translation>
    </message>
    <message>
        <source>A title or name holds at most {limit} characters, not {count}.</source>
        <translation>Ein Titel oder Name hat höchstens {limit} Zeichen, nicht {count}.</translation>
    </message>
    <message>
        <source>A framework text or an action holds at most {limit} characters, not {count}.</source>
        <translation>Ein Text des Modells oder eine Maßnahme hat höchstens {limit} Zeichen, nicht {count}.</translation>
    </message>
    <message>
        <source>Speaker notes hold at most {limit} characters a slide, not {count}.</source>
        <translation>Sprechernotizen haben höchstens {limit} Zeichen je Folie, nicht {count}.</translation>
    </message>
    <message>
        <source>An id holds at most {limit} characters, not {count}.</source>
        <translation>Eine Kennung hat höchstens {limit} Zeichen, nicht {count}.</translation>
    </message>
    <message>
        <source>A text holds a lone surrogate, which is not Unicode, so it cannot be kept.</source>
        <translation>Ein Text enthält ein einzelnes Surrogat, das kein Unicode ist; er kann nicht behalten werden.</translation>
    </message>
    <message>
        <source>A position on a whiteboard is a number within ±{limit}, not {value}.</source>
        <translation>Eine Position auf einer Pinnwand ist eine Zahl innerhalb von ±{limit}, nicht {value}.</translation>
    </message>
    <message>
        <source>A session has at most {limit} rounds, not {value}.</source>
        <translation>Eine Sitzung hat höchstens {limit} Runden, nicht {value}.</translation>
    </message>
    <message>
        <source>A duration is 0 to {limit} seconds (a week), not {value}.</source>
        <translation>Eine Dauer beträgt 0 bis {limit} Sekunden (eine Woche), nicht {value}.</translation>
    </message>
    <message>
        <source>A note has 0 to {limit} dots, not {value}.</source>
        <translation>Eine Notiz hat 0 bis {limit} Punkte, nicht {value}.</translation>
    </message>
    <message>
        <source>A note belongs to a group that is not on its panel.</source>
        <translation>Eine Notiz gehört zu einer Gruppe, die nicht auf ihrer Pinnwand ist.</translation>
    </message>
    <message>
        <source>A voter has two ballots for {process} in round {round}; one voter has one ballot per process and round.</source>
        <translation>Eine Person hat zwei Stimmen für {process} in Runde {round}; jede Person hat eine Stimme je Prozess und Runde.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}).</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so editing has stopped; everything up to the last change is saved.</source>
        <translation>{path}: Der Datenträger ist voll, deshalb ist das Bearbeiten angehalten; alles bis zur letzten Änderung ist gespeichert.</translation>
    </message>
    <message>
        <source>{path} is open in another Kotter Workshop window, so it cannot be replaced.</source>
        <translation>{path} ist in einem anderen Kotter-Workshop-Fenster geöffnet und kann deshalb nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} lässt sich nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is truncated or corrupt.</source>
        <translation>{path} ist beschädigt: Die Datei ist abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <source>{path} could not be brought up to date, so it was left as it was.</source>
        <translation>{path} konnte nicht auf den neuen Stand gebracht werden und bleibt deshalb, wie sie war.</translation>
    </message>
    <message>
        <source>{path} could not be written: two parts of the session share the same id.</source>
        <translation>{path} konnte nicht geschrieben werden: Zwei Teile der Sitzung haben dieselbe Kennung.</translation>
    </message>
    <message>
        <source>{path} is closed.</source>
        <translation>{path} ist geschlossen.</translation>
    </message>
    <message>
        <source>{path} holds data Kotter Workshop cannot use, so it was not opened.</source>
        <translation>{path} enthält Daten, die Kotter Workshop nicht verwenden kann, und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} is damaged: it is truncated or corrupt.</source>
        <translation>{path} ist beschädigt: Sie ist abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <source>{path} needs an update, but no backup of it could be made first ({reason}).</source>
        <translation>{path} muss aktualisiert werden, aber zuvor ließ sich keine Sicherungskopie anlegen ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds triggers that Kotter Workshop did not create, so it was not opened.</source>
        <translation>{path} enthält Trigger, die nicht von Kotter Workshop stammen, und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} holds views that Kotter Workshop did not create, so it was not opened.</source>
        <translation>{path} enthält Sichten, die nicht von Kotter Workshop stammen, und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of its pages are corrupt.</source>
        <translation>{path} ist beschädigt: Einige ihrer Seiten sind fehlerhaft.</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}.</source>
        <translation>{path} ist beschädigt: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a Kotter Workshop session file.</source>
        <translation>{path} ist keine Sitzungsdatei von Kotter Workshop.</translation>
    </message>
    <message>
        <source>{path} is another application&apos;s database, not a Kotter Workshop session.</source>
        <translation>{path} ist die Datenbank eines anderen Programms, keine Sitzung von Kotter Workshop.</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is cut short or corrupt.</source>
        <translation>{path} ist beschädigt: Die Datei ist abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <source>{path} uses a journal mode Kotter Workshop does not write.</source>
        <translation>{path} verwendet einen Journalmodus, den Kotter Workshop nicht schreibt.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Kotter Workshop; update the app to open it.</source>
        <translation>{path} wurde von einer neueren Version von Kotter Workshop gespeichert; aktualisieren Sie das Programm, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is not a complete Kotter Workshop session file.</source>
        <translation>{path} ist keine vollständige Sitzungsdatei von Kotter Workshop.</translation>
    </message>
    <message>
        <source>{path} is incomplete: the table &apos;{table}&apos; is missing.</source>
        <translation>{path} ist unvollständig: Die Tabelle „{table}“ fehlt.</translation>
    </message>
    <message>
        <source>{path}: there is no such file.</source>
        <translation>{path}: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file.</source>
        <translation>{path} ist ein Ordner, keine Sitzungsdatei.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>{path} is damaged: the file is cut short.</source>
        <translation>{path} ist beschädigt: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>{path} is damaged: its table &apos;{table}&apos; holds a wrong kind of value.</source>
        <translation>{path} ist beschädigt: Ihre Tabelle „{table}“ enthält einen Wert der falschen Art.</translation>
    </message>
    <message>
        <source>{path} has a table &apos;{name}&apos; that Kotter Workshop did not create this way, so it was not opened.</source>
        <translation>{path} hat eine Tabelle „{name}“, die Kotter Workshop so nicht angelegt hat, und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} holds an index &apos;{name}&apos; that Kotter Workshop did not create, so it was not opened.</source>
        <translation>{path} enthält einen Index „{name}“, der nicht von Kotter Workshop stammt, und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} holds a table &apos;{name}&apos; that Kotter Workshop did not create, so it was not opened.</source>
        <translation>{path} enthält eine Tabelle „{name}“, die nicht von Kotter Workshop stammt, und wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} was not opened: {problem}</source>
        <translation>{path} wurde nicht geöffnet: {problem}</translation>
    </message>
    <message>
        <source>{path} holds a list nested too deeply to be a session&apos;s, so it was not opened.</source>
        <translation>{path} enthält eine zu tief verschachtelte Liste für eine Sitzung und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device or a pipe), so it was not opened.</source>
        <translation>{path} ist keine gewöhnliche Datei (ein Gerät oder eine Pipe) und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>{path} needs an update, but the updated copy could not be written ({reason}).</source>
        <translation>{path} muss aktualisiert werden, aber die aktualisierte Kopie konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The file is read-only, so changes will not be saved.</source>
        <translation>Die Datei ist schreibgeschützt, Änderungen werden deshalb nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file&apos;s folder is read-only, so changes will not be saved.</source>
        <translation>Der Ordner der Datei ist schreibgeschützt, Änderungen werden deshalb nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file is open in another Kotter Workshop window, so it opened read-only.</source>
        <translation>Die Datei ist in einem anderen Kotter-Workshop-Fenster geöffnet und wurde deshalb schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The file was opened read-only, so changes will not be saved.</source>
        <translation>Die Datei wurde schreibgeschützt geöffnet, Änderungen werden deshalb nicht gespeichert.</translation>
    </message>
</context>
</TS>
