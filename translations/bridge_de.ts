<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Opayo–SYSPRO Bridge</source>
        <translation>Über Opayo–SYSPRO Bridge</translation>
    </message>
    <message>
        <source>Moves card payments from Opayo into SYSPRO and keeps the two in agreement: posting, reconciliation, refunds and their approval, with every change audited.</source>
        <translation>Überträgt Kartenzahlungen von Opayo nach SYSPRO und hält beide Systeme in Übereinstimmung: Buchung, Abstimmung, Erstattungen und deren Freigabe, wobei jede Änderung im Prüfpfad erfasst wird.</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <source>&amp;Open alerts only</source>
        <translation>Nur &amp;offene Warnmeldungen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Comment: who is on it, what was done…</source>
        <translation>Kommentar: Wer kümmert sich darum, was wurde getan…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>What the engine needs a person for: payments waiting too long, a growing dead-letter queue, refused credentials, amounts Opayo does not confirm. A problem that keeps happening stays one alert and counts its occurrences. Acknowledge an alert with a comment once someone is on it; if it happens again, a new alert opens.</source>
        <translation>Wofür der Synchronisierungsdienst einen Menschen braucht: zu lange wartende Zahlungen, eine wachsende Dead-Letter-Queue, abgelehnte Zugangsdaten, Beträge, die Opayo nicht bestätigt. Ein Problem, das immer wieder auftritt, bleibt eine Warnmeldung und zählt, wie oft es vorkam. Bestätigen Sie eine Warnmeldung mit einem Kommentar, sobald sich jemand darum kümmert; tritt das Problem erneut auf, wird eine neue Warnmeldung geöffnet.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>&amp;Verify the whole trail</source>
        <translation>Gesamten Prüfpfad &amp;prüfen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Every change a person or the engine makes is recorded here and can never be edited. Each entry is sealed with the fingerprint of the one before it, so &quot;Verify the whole trail&quot; proves that nothing was changed, inserted or removed.</source>
        <translation>Jede Änderung, die eine Person oder der Synchronisierungsdienst vornimmt, wird hier aufgezeichnet und kann nie bearbeitet werden. Jeder Eintrag ist mit dem Fingerabdruck des vorherigen versiegelt, sodass „Gesamten Prüfpfad prüfen“ nachweist, dass nichts geändert, eingefügt oder entfernt wurde.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Card payments Opayo took since midnight (local time) that the bridge accepted for posting.</source>
        <translation>Kartenzahlungen, die Opayo seit Mitternacht (Ortszeit) eingezogen hat und die die Bridge zur Buchung angenommen hat.</translation>
    </message>
    <message>
        <source>Payments today</source>
        <translation>Zahlungen heute</translation>
    </message>
    <message>
        <source>The sum of today&apos;s payments per currency, before refunds. Amounts are exact; currencies are never added together.</source>
        <translation>Die Summe der heutigen Zahlungen je Währung, vor Erstattungen. Beträge sind exakt; Währungen werden nie zusammengerechnet.</translation>
    </message>
    <message>
        <source>Cash in today</source>
        <translation>Einnahmen heute</translation>
    </message>
    <message>
        <source>Refunds Opayo made since midnight (local time), with their sum per currency.</source>
        <translation>Erstattungen, die Opayo seit Mitternacht (Ortszeit) ausgeführt hat, mit ihrer Summe je Währung.</translation>
    </message>
    <message>
        <source>Refunds today</source>
        <translation>Erstattungen heute</translation>
    </message>
    <message>
        <source>Events that came into the inbox in the last 60 minutes: shop events, Opayo notifications and Reporting API rows.</source>
        <translation>Ereignisse, die in den letzten 60 Minuten in der Eingangswarteschlange eingegangen sind: Shop-Ereignisse, Opayo-Benachrichtigungen und Zeilen der Reporting-API.</translation>
    </message>
    <message>
        <source>Events, last hour</source>
        <translation>Ereignisse, letzte Stunde</translation>
    </message>
    <message>
        <source>Events and commands waiting for another attempt after a failure the bridge expects to pass (network, SYSPRO busy).</source>
        <translation>Ereignisse und Befehle, die nach einem voraussichtlich vorübergehenden Fehler (Netzwerk, SYSPRO ausgelastet) auf einen weiteren Versuch warten.</translation>
    </message>
    <message>
        <source>Being retried</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Events and commands that will not succeed without a person: fix the cause, then replay them or mark them resolved. Resolved ones are not counted.</source>
        <translation>Ereignisse und Befehle, die ohne menschliches Eingreifen nicht erfolgreich sein werden: Beheben Sie die Ursache, und übertragen Sie sie dann erneut, oder markieren Sie sie als geklärt. Geklärte werden nicht mitgezählt.</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Whether the sync engine runs, and what is waiting for it.</source>
        <translation>Ob der Synchronisierungsdienst läuft und was auf ihn wartet.</translation>
    </message>
    <message>
        <source>Sync engine</source>
        <translation>Synchronisierungsdienst</translation>
    </message>
    <message>
        <source>The engine&apos;s one SYSPRO session (SYSPRO allows one logon per operator).</source>
        <translation>Die eine SYSPRO-Sitzung des Synchronisierungsdienstes (SYSPRO erlaubt eine Anmeldung pro Operator).</translation>
    </message>
    <message>
        <source>SYSPRO session</source>
        <translation>SYSPRO-Sitzung</translation>
    </message>
</context>
<context>
    <name>EventLogPage</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>What the bridge is doing, live. Filter by level and component, or search the text. Card numbers never appear here: they are masked before anything is logged.</source>
        <translation>Was die Bridge gerade tut, in Echtzeit. Filtern Sie nach Stufe und Komponente oder durchsuchen Sie den Text. Kartennummern erscheinen hier nie, da sie vor der Protokollierung maskiert werden.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Meldungen durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Follow newest</source>
        <translation>Neueste Einträge &amp;verfolgen</translation>
    </message>
    <message>
        <source>Clea&amp;r view</source>
        <translation>Ansicht &amp;leeren</translation>
    </message>
    <message>
        <source>Hide the entries shown so far. The log file keeps them.</source>
        <translation>Blendet die bisher angezeigten Einträge aus. In der Protokolldatei bleiben sie erhalten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opayo–SYSPRO Bridge</source>
        <translation>Opayo–SYSPRO Bridge</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Opayo–SYSPRO Bridge</source>
        <translation>&amp;Über Opayo–SYSPRO Bridge</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Synchronisierungsdienst</translation>
    </message>
    <message>
        <source>&amp;Start engine</source>
        <translation>Synchronisierungsdienst &amp;starten</translation>
    </message>
    <message>
        <source>Start the sync engine: it takes payments from the inbox and posts them to SYSPRO</source>
        <translation>Synchronisierungsdienst starten: Er übernimmt Zahlungen aus der Eingangswarteschlange und bucht sie in SYSPRO</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top engine</source>
        <translation>Synchronisierungsdienst &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop the sync engine after the calls in progress; new payments wait in the inbox</source>
        <translation>Synchronisierungsdienst nach Abschluss der laufenden Aufrufe anhalten; neue Zahlungen warten in der Eingangswarteschlange</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Mapping being edited</source>
        <translation>Bearbeitete Zuordnung</translation>
    </message>
    <message>
        <source>Find a field (Ctrl+F)</source>
        <translation>Feld suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a field by name</source>
        <translation>Feld nach Namen suchen</translation>
    </message>
    <message>
        <source>Type part of a field&apos;s name and press Enter; Enter again finds the next one.</source>
        <translation>Geben Sie einen Teil des Feldnamens ein, und drücken Sie die Eingabetaste; erneutes Drücken findet das nächste Feld.</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>Version &amp;speichern…</translation>
    </message>
    <message>
        <source>How each Opayo payment becomes SYSPRO documents. Left: what a payment contains. Right: the SYSPRO fields. Drag a payment field onto a SYSPRO field to connect them (or select both and press Ctrl+L); click a line or a SYSPRO field to change how its value is made. The preview below shows what would be posted.</source>
        <translation>Wie aus jeder Opayo-Zahlung SYSPRO-Belege werden. Links: was eine Zahlung enthält. Rechts: die SYSPRO-Felder. Ziehen Sie ein Zahlungsfeld auf ein SYSPRO-Feld, um beide zu verbinden (oder wählen Sie beide aus, und drücken Sie Strg+L); klicken Sie auf eine Verbindungslinie oder ein SYSPRO-Feld, um festzulegen, wie sein Wert gebildet wird. Die Vorschau unten zeigt, was gebucht würde.</translation>
    </message>
    <message>
        <source>You can look at the mappings; only an administrator can change, save or activate them.</source>
        <translation>Sie können die Zuordnungen ansehen; nur ein Administrator kann sie ändern, speichern oder aktivieren.</translation>
    </message>
    <message>
        <source>From the payment</source>
        <translation>Aus der Zahlung</translation>
    </message>
    <message>
        <source>Into SYSPRO</source>
        <translation>Nach SYSPRO</translation>
    </message>
    <message>
        <source>&amp;Only fields the bridge posts</source>
        <translation>&amp;Nur Felder, die die Bridge bucht</translation>
    </message>
    <message>
        <source>SYSPRO&apos;s business objects have many more fields than the bridge fills; untick to see them all (greyed out).</source>
        <translation>Die Business-Objekte von SYSPRO haben viel mehr Felder, als die Bridge befüllt; deaktivieren Sie diese Option, um alle anzuzeigen (ausgegraut).</translation>
    </message>
    <message>
        <source>SYSPRO document to add</source>
        <translation>Hinzuzufügender SYSPRO-Beleg</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Select a line or a SYSPRO field to see how its value is made.</source>
        <translation>Wählen Sie eine Verbindungslinie oder ein SYSPRO-Feld aus, um zu sehen, wie sein Wert gebildet wird.</translation>
    </message>
    <message>
        <source>Steps, in order (each takes the value of the one before):</source>
        <translation>Schritte, der Reihe nach (jeder übernimmt den Wert des vorherigen):</translation>
    </message>
    <message>
        <source>Steps of the selected field</source>
        <translation>Schritte des ausgewählten Felds</translation>
    </message>
    <message>
        <source>Kind of step to add</source>
        <translation>Art des hinzuzufügenden Schritts</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Ausgewählter Schritt</translation>
    </message>
    <message>
        <source>Remove this mapping (Delete)</source>
        <translation>Diese Zuordnung entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Sample payment:</source>
        <translation>Beispielzahlung:</translation>
    </message>
    <message>
        <source>Sample payment</source>
        <translation>Beispielzahlung</translation>
    </message>
    <message>
        <source>Open a sample &amp;file…</source>
        <translation>Beispiel&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Problems found in the preview</source>
        <translation>In der Vorschau gefundene Probleme</translation>
    </message>
    <message>
        <source>What would be posted to SYSPRO</source>
        <translation>Was in SYSPRO gebucht würde</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>Vorschlä&amp;ge</translation>
    </message>
    <message>
        <source>For SYSPRO fields with nothing mapped: the payment fields that most likely belong there, with how sure the bridge is and why. Accept one, or all above a level of confidence.</source>
        <translation>Für SYSPRO-Felder ohne Zuordnung: die Zahlungsfelder, die am wahrscheinlichsten dorthin gehören, mit der Sicherheit der Bridge und der Begründung. Übernehmen Sie einen Vorschlag oder alle oberhalb einer Sicherheitsstufe.</translation>
    </message>
    <message>
        <source>Suggested connections</source>
        <translation>Vorgeschlagene Verbindungen</translation>
    </message>
    <message>
        <source>SYSPRO field</source>
        <translation>SYSPRO-Feld</translation>
    </message>
    <message>
        <source>Payment field</source>
        <translation>Zahlungsfeld</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>Ausgewählte &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Not this one</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Confidence to accept above</source>
        <translation>Mindestsicherheit für die Übernahme</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Accept all &amp;above</source>
        <translation>Alle darüber über&amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Ve&amp;rsionen</translation>
    </message>
    <message>
        <source>Saved mapping versions</source>
        <translation>Gespeicherte Zuordnungsversionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Use for &amp;posting</source>
        <translation>Zum &amp;Buchen verwenden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Template to start from</source>
        <translation>Vorlage als Ausgangspunkt</translation>
    </message>
    <message>
        <source>Start from &amp;template</source>
        <translation>Mit Vor&amp;lage beginnen</translation>
    </message>
    <message>
        <source>Differences between versions</source>
        <translation>Unterschiede zwischen Versionen</translation>
    </message>
    <message>
        <source>Example document</source>
        <translation>Beispielbeleg</translation>
    </message>
    <message>
        <source>Compare with a SYSPRO document…</source>
        <translation>Mit einem SYSPRO-Beleg vergleichen…</translation>
    </message>
    <message>
        <source>Open the XML of a SYSPRO document that a person keyed for the sample payment. Its values tell the suggestions which payment field each SYSPRO field was filled from.</source>
        <translation>Öffnen Sie das XML eines SYSPRO-Belegs, den jemand für die Beispielzahlung von Hand erfasst hat. Seine Werte zeigen den Zuordnungsvorschlägen, aus welchem Zahlungsfeld jedes SYSPRO-Feld gefüllt wurde.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Nicht mehr vergleichen</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>The time window the table shows. Change it with Period.</source>
        <translation>Der Zeitraum, den die Tabelle zeigt. Ändern Sie ihn über „Zeitraum“.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search: vendorTxCode, Opayo transaction or SYSPRO document (starts with)…</source>
        <translation>Suche: vendorTxCode, Opayo-Transaktion oder SYSPRO-Beleg (beginnt mit)…</translation>
    </message>
    <message>
        <source>Search references</source>
        <translation>Referenzen durchsuchen</translation>
    </message>
    <message>
        <source>Customer (starts with)</source>
        <translation>Kunde (beginnt mit)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Dead letters only</source>
        <translation>N&amp;ur Dead Letters</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Betrag von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Betrag bis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Fi&amp;lter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Proves that what Opayo settled equals what SYSPRO recorded. Each settlement line and ledger entry is matched or given a class; a preparer proposes how to resolve a difference, an approver (never the same person) approves it, and the engine posts it to SYSPRO.</source>
        <translation>Weist nach, dass das, was Opayo abgerechnet hat, dem entspricht, was SYSPRO erfasst hat. Jede Abrechnungszeile und jede Hauptbuchbuchung wird abgeglichen oder einer Klasse zugeordnet; ein Vorbereiter schlägt vor, wie eine Abweichung geklärt wird, ein Genehmiger (nie dieselbe Person) genehmigt den Vorschlag, und der Synchronisierungsdienst bucht ihn in SYSPRO.</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>Reconciliation run</source>
        <translation>Abstimmungslauf</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>The run (or the selected batch) as a CSV file.</source>
        <translation>Der Lauf (oder der ausgewählte Abrechnungslauf) als CSV-Datei.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>A readable report of the run (or the selected batch): period, who ran it, totals by class, then the discrepancies.</source>
        <translation>Ein lesbarer Bericht über den Lauf (oder den ausgewählten Abrechnungslauf): Zeitraum, wer ihn ausgeführt hat, Summen nach Klasse, dann die Abweichungen.</translation>
    </message>
    <message>
        <source>Settlement days &amp;from</source>
        <translation>Abrechnungstage &amp;von</translation>
    </message>
    <message>
        <source>Settlement days from</source>
        <translation>Abrechnungstage von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Settlement days to</source>
        <translation>Abrechnungstage bis</translation>
    </message>
    <message>
        <source>Run &amp;reconciliation now</source>
        <translation>&amp;Abstimmung jetzt ausführen</translation>
    </message>
    <message>
        <source>Imports what is new (Reporting API, settlement files) for these days, then matches every settlement line against the ledger and SYSPRO.</source>
        <translation>Importiert Neues (Reporting-API, Abrechnungsdateien) für diese Tage und gleicht dann jede Abrechnungszeile mit dem Hauptbuch und SYSPRO ab.</translation>
    </message>
    <message>
        <source>Reconciliation under way</source>
        <translation>Abstimmung läuft</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Abrechnungsläufe</translation>
    </message>
    <message>
        <source>Settlement batches</source>
        <translation>Abrechnungsläufe</translation>
    </message>
    <message>
        <source>Comment for the batch</source>
        <translation>Kommentar zum Abrechnungslauf</translation>
    </message>
    <message>
        <source>Comment for the settlement journal or the close</source>
        <translation>Kommentar zur Abrechnungsbuchung oder zum Abschluss</translation>
    </message>
    <message>
        <source>Propose settlement &amp;journal</source>
        <translation>Abrechnungs&amp;buchung vorschlagen</translation>
    </message>
    <message>
        <source>Proposes posting the selected batch&apos;s settlement journal (bank, card clearing, fees) to SYSPRO; an approver approves it.</source>
        <translation>Schlägt vor, die Abrechnungsbuchung des ausgewählten Abrechnungslaufs (Bank, Kartenverrechnung, Gebühren) in SYSPRO zu buchen; ein Genehmiger genehmigt sie.</translation>
    </message>
    <message>
        <source>Approve &amp;journal</source>
        <translation>Buchung &amp;genehmigen</translation>
    </message>
    <message>
        <source>Approves the selected batch&apos;s proposed settlement journal; the engine posts it to SYSPRO.</source>
        <translation>Genehmigt die vorgeschlagene Abrechnungsbuchung des ausgewählten Abrechnungslaufs; der Synchronisierungsdienst bucht sie in SYSPRO.</translation>
    </message>
    <message>
        <source>C&amp;lose batch</source>
        <translation>Abrechnungslauf ab&amp;schließen</translation>
    </message>
    <message>
        <source>Closes the selected batch once nothing is open and its settlement journal is approved.</source>
        <translation>Schließt den ausgewählten Abrechnungslauf ab, sobald nichts mehr offen und seine Abrechnungsbuchung genehmigt ist.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Transaction id or vendorTxCode starts with</source>
        <translation>Transaktions-ID oder vendorTxCode beginnt mit</translation>
    </message>
    <message>
        <source>Reference starts with</source>
        <translation>Referenz beginnt mit</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Betrag von</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Betrag bis</translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation>Währung der Beträge</translation>
    </message>
    <message>
        <source>Settlement lines and ledger entries</source>
        <translation>Abrechnungszeilen und Hauptbuchbuchungen</translation>
    </message>
    <message>
        <source>Select a row to see both sides and why they matched or not.</source>
        <translation>Wählen Sie eine Zeile aus, um beide Seiten zu sehen und warum sie abgeglichen wurden oder nicht.</translation>
    </message>
    <message>
        <source>Settlement line</source>
        <translation>Abrechnungszeile</translation>
    </message>
    <message>
        <source>Ledger entry and SYSPRO</source>
        <translation>Hauptbuchbuchung und SYSPRO</translation>
    </message>
    <message>
        <source>Ledger entry and SYSPRO documents</source>
        <translation>Hauptbuchbuchung und SYSPRO-Belege</translation>
    </message>
    <message>
        <source>Why the row matched or not, and its resolution</source>
        <translation>Warum die Zeile abgeglichen wurde oder nicht, und ihre Klärung</translation>
    </message>
    <message>
        <source>&amp;Propose resolution…</source>
        <translation>Klärung &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Proposes how to resolve the selected discrepancy, with a comment; an approver decides.</source>
        <translation>Schlägt mit einem Kommentar vor, wie die ausgewählte Abweichung geklärt werden soll; ein Genehmiger entscheidet.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approves the proposals of the selected rows (several only when of one class); the engine posts them to SYSPRO.</source>
        <translation>Genehmigt die Vorschläge der ausgewählten Zeilen (mehrere nur, wenn sie derselben Klasse angehören); der Synchronisierungsdienst bucht sie in SYSPRO.</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Rejects the selected row&apos;s proposal (a comment is needed); the item is open again.</source>
        <translation>Lehnt den Vorschlag der ausgewählten Zeile ab (ein Kommentar ist erforderlich); der Posten ist dann wieder offen.</translation>
    </message>
    <message>
        <source>Comment for approving or rejecting</source>
        <translation>Kommentar zum Genehmigen oder Ablehnen</translation>
    </message>
    <message>
        <source>Comment for the decision</source>
        <translation>Kommentar zur Entscheidung</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Full amount</source>
        <translation>&amp;Voller Betrag</translation>
    </message>
    <message>
        <source>Refund everything that is left of the payment.</source>
        <translation>Den gesamten Restbetrag der Zahlung erstatten.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>What happened, e.g. two of the three mugs came back broken</source>
        <translation>Was passiert ist, z. B. zwei der drei Tassen kamen zerbrochen zurück</translation>
    </message>
    <message>
        <source>&amp;Void instead: cancel the whole payment before Opayo settles it</source>
        <translation>&amp;Stattdessen stornieren: die gesamte Zahlung aufheben, bevor Opayo sie abrechnet</translation>
    </message>
</context>
<context>
    <name>RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Find a payment, see what is left to refund, and ask for a refund (or, on the day of the payment, a void). One person asks, another approves; the bridge then refunds it with Opayo and books the credit note in SYSPRO.</source>
        <translation>Suchen Sie eine Zahlung, sehen Sie nach, wie viel noch erstattbar ist, und fordern Sie eine Erstattung an (oder, am Tag der Zahlung, eine Stornierung). Eine Person fordert an, eine andere gibt frei; die Bridge führt die Erstattung dann bei Opayo aus und bucht die Gutschrift in SYSPRO.</translation>
    </message>
    <message>
        <source>&amp;Find and refund</source>
        <translation>Suchen und &amp;erstatten</translation>
    </message>
    <message>
        <source>vendorTxCode, customer or transaction id</source>
        <translation>vendorTxCode, Kunde oder Transaktions-ID</translation>
    </message>
    <message>
        <source>The start of a vendorTxCode or a customer account, or a whole Opayo transaction id.</source>
        <translation>Der Anfang eines vendorTxCode oder eines Kundenkontos oder eine vollständige Opayo-Transaktions-ID.</translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation>Zahlungen durchsuchen</translation>
    </message>
    <message>
        <source>Exact amount</source>
        <translation>Genauer Betrag</translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation>Währung des Betrags</translation>
    </message>
    <message>
        <source>&amp;Taken from</source>
        <translation>Eingezogen v&amp;om</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Payments found</source>
        <translation>Gefundene Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Refund or void…</source>
        <translation>Erstatten oder s&amp;tornieren…</translation>
    </message>
    <message>
        <source>Refunds of the selected payment</source>
        <translation>Erstattungen der ausgewählten Zahlung</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Refunds waiting for approval</source>
        <translation>Erstattungen, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Comment (needed to reject): what you checked, or why not…</source>
        <translation>Kommentar (für Ablehnung erforderlich): was Sie geprüft haben oder warum nicht…</translation>
    </message>
    <message>
        <source>Comment on the decision</source>
        <translation>Kommentar zur Entscheidung</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>Freige&amp;ben</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every refund asked for</source>
        <translation>Alle angeforderten Erstattungen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How the bridge reaches Opayo, SYSPRO and its database. Passwords and keys are kept in the system keychain, never in the settings file.</source>
        <translation>Legt fest, wie die Bridge Opayo, SYSPRO und ihre Datenbank erreicht. Kennwörter und Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Opayo</source>
        <translation>Opayo</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Vendor name:</source>
        <translation>&amp;Händlername:</translation>
    </message>
    <message>
        <source>as registered with Opayo, e.g. acmeshop</source>
        <translation>wie bei Opayo registriert, z. B. acmeshop</translation>
    </message>
    <message>
        <source>Integration &amp;key:</source>
        <translation>&amp;Integrationsschlüssel:</translation>
    </message>
    <message>
        <source>Integration &amp;password:</source>
        <translation>Integrations&amp;kennwort:</translation>
    </message>
    <message>
        <source>SYSPRO e.net</source>
        <translation>SYSPRO e.net</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>&amp;Dienst-URL:</translation>
    </message>
    <message>
        <source>http://erp-server:31002/SYSPROWCFService/Rest</source>
        <translation>http://erp-server:31002/SYSPROWCFService/Rest</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Operator pass&amp;word:</source>
        <translation>Operator-Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Company passwor&amp;d:</source>
        <translation>Fir&amp;menkennwort:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>S&amp;QLite-Datei:</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;host:</source>
        <translation>PostgreSQ&amp;L-Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Date&amp;nbank:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Benut&amp;zer:</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>K&amp;ennwort:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>A different database takes effect the next time the console starts.</source>
        <translation>Eine andere Datenbank wird beim nächsten Start der Konsole wirksam.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>Die Sprache wird beim nächsten Start der Konsole umgestellt.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>If ARSTPY is not &amp;licensed:</source>
        <translation>Falls ARSTPY ni&amp;cht lizenziert ist:</translation>
    </message>
    <message>
        <source>Receipts &amp;folder:</source>
        <translation>E&amp;xportordner:</translation>
    </message>
    <message>
        <source>folder that SYSPRO&apos;s AR receipt import reads</source>
        <translation>Ordner, den der SYSPRO-Import für Zahlungseingänge einliest</translation>
    </message>
    <message>
        <source>Bank ledger code:</source>
        <translation>Sachkonto Bank:</translation>
    </message>
    <message>
        <source>AR control ledger code:</source>
        <translation>Sachkonto Debitorensammelkonto:</translation>
    </message>
    <message>
        <source>Check lic&amp;ences</source>
        <translation>Lizenzen &amp;abfragen</translation>
    </message>
    <message>
        <source>Log on to SYSPRO and find out which business objects the operator may use.</source>
        <translation>Meldet sich bei SYSPRO an und ermittelt, welche Business-Objekte der Operator verwenden darf.</translation>
    </message>
    <message>
        <source>Reporting API address:</source>
        <translation>Reporting-API-Adresse:</translation>
    </message>
    <message>
        <source>Reporting API user:</source>
        <translation>Reporting-API-Benutzer:</translation>
    </message>
    <message>
        <source>Reporting API password:</source>
        <translation>Reporting-API-Kennwort:</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Refunds one person may make &amp;alone:</source>
        <translation>Erstattungen ohne Freigabe bis (&amp;je Währung):</translation>
    </message>
    <message>
        <source>none: every refund needs an approver (e.g. GBP 20.00, EUR 25)</source>
        <translation>keine Angabe: Jede Erstattung erfordert einen Freigeber (z. B. GBP 20.00, EUR 25)</translation>
    </message>
    <message>
        <source>Per currency, the largest refund that goes to Opayo without a second person&apos;s approval. Leave it empty so that an approver other than the person asking approves every refund.</source>
        <translation>Je Währung die höchste Erstattung, die ohne Freigabe durch eine zweite Person an Opayo geht. Lassen Sie das Feld leer, damit jede Erstattung von einem anderen Freigeber als der anfordernden Person freigegeben wird.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>People are identified by their computer login and appear here after they first open the console. Roles are kept in the database, so the whole team shares one assignment. Whoever prepares a refund, a reconciliation resolution or an edited replay can never approve it.</source>
        <translation>Personen werden anhand ihres Anmeldenamens am Computer erkannt und erscheinen hier, nachdem sie die Konsole zum ersten Mal geöffnet haben. Rollen werden in der Datenbank gespeichert, sodass das gesamte Team dieselbe Rollenzuweisung nutzt. Wer eine Erstattung, eine Abstimmungsklärung oder eine bearbeitete Neuübertragung erstellt, kann sie niemals selbst freigeben.</translation>
    </message>
</context>
<context>
    <name>bridge::CanonicalPayment</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;minor&quot; must be a whole number of minor units (at most 2^53), for example 1050 for 10.50.</source>
        <translation>%1: &quot;minor&quot; muss eine ganze Zahl von Untereinheiten sein (höchstens 2^53), zum Beispiel 1050 für 10.50.</translation>
    </message>
    <message>
        <source>%1: an amount needs &quot;minor&quot; (whole minor units) or &quot;decimal&quot; (an exact decimal string) and a &quot;currency&quot;.</source>
        <translation>%1: Ein Betrag benötigt &quot;minor&quot; (ganze Untereinheiten) oder &quot;decimal&quot; (eine exakte Dezimalzahl als Text) sowie &quot;currency&quot;.</translation>
    </message>
    <message>
        <source>The payment has neither a vendorTxCode nor an Opayo transactionId, so it cannot be traced. Check the source that sent it.</source>
        <translation>Die Zahlung hat weder einen vendorTxCode noch eine transactionId von Opayo und kann daher nicht zurückverfolgt werden. Prüfen Sie die Quelle, von der sie gesendet wurde.</translation>
    </message>
    <message>
        <source>vendorTxCode &quot;%1…&quot; has %2 characters; Opayo allows at most 40.</source>
        <translation>vendorTxCode „%1…“ hat %2 Zeichen; Opayo erlaubt höchstens 40.</translation>
    </message>
    <message>
        <source>cardLastFour must hold at most the last four digits of the card; the source sent %1 characters. Nothing was stored.</source>
        <translation>cardLastFour darf höchstens die letzten vier Ziffern der Karte enthalten; die Quelle hat %1 Zeichen gesendet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>createdDate &quot;%1&quot; is not an ISO 8601 date and time (for example 2026-11-21T10:15:00Z).</source>
        <translation>createdDate „%1“ ist keine Datums- und Zeitangabe nach ISO 8601 (zum Beispiel 2026-11-21T10:15:00Z).</translation>
    </message>
    <message>
        <source>Order line %1 needs a sku and a quantity above zero.</source>
        <translation>Auftragszeile %1 benötigt eine sku und eine Menge größer als null.</translation>
    </message>
    <message>
        <source>line %1 unitPrice</source>
        <translation>Zeile %1, unitPrice</translation>
    </message>
    <message>
        <source>%1 is missing. Give it as {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}.</source>
        <translation>%1 fehlt. Geben Sie den Betrag als {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;} an.</translation>
    </message>
    <message>
        <source>%1 must be an object such as {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}; a bare number or text cannot say its currency.</source>
        <translation>%1 muss ein Objekt wie {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;} sein; eine bloße Zahl oder ein Text kann keine Währung angeben.</translation>
    </message>
</context>
<context>
    <name>bridge::Currency</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code. Use a three-letter code such as GBP, EUR or USD.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode. Verwenden Sie einen Code aus drei Buchstaben wie GBP, EUR oder USD.</translation>
    </message>
</context>
<context>
    <name>bridge::Money</name>
    <message>
        <source>The amount is empty. Enter a number such as 10.50.</source>
        <translation>Der Betrag ist leer. Geben Sie eine Zahl wie 10.50 ein.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; uses exponent notation, which is not accepted for money. Write the full number, for example 1000 instead of 1e3.</source>
        <translation>Der Betrag „%1“ verwendet die Exponentialschreibweise, die für Geldbeträge nicht zulässig ist. Schreiben Sie die vollständige Zahl, zum Beispiel 1000 statt 1e3.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; contains &apos;%2&apos; at position %3. An amount may contain only digits, one leading sign and one decimal point.</source>
        <translation>Der Betrag „%1“ enthält „%2“ an Position %3. Ein Betrag darf nur Ziffern, ein führendes Vorzeichen und ein Dezimaltrennzeichen enthalten.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than one decimal point.</source>
        <translation>Der Betrag „%1“ enthält mehr als ein Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has a thousands separator after the decimal point.</source>
        <translation>Der Betrag „%1“ enthält ein Tausendertrennzeichen nach dem Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has misplaced thousands separators; groups after the first must have exactly three digits.</source>
        <translation>Der Betrag „%1“ enthält falsch gesetzte Tausendertrennzeichen; alle Gruppen nach der ersten müssen genau drei Ziffern haben.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has decimals, but %2 has no minor unit. Enter a whole number.</source>
        <translation>Der Betrag „%1“ hat Nachkommastellen, aber %2 hat keine Untereinheit. Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has %2 decimals, but %3 allows at most %4. Amounts are never rounded; correct the value.</source>
        <translation>Der Betrag „%1“ hat %2 Nachkommastellen, %3 erlaubt aber höchstens %4. Beträge werden nie gerundet; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large to be handled safely.</source>
        <translation>Der Betrag „%1“ ist zu groß, um sicher verarbeitet zu werden.</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2: the currencies differ.</source>
        <translation>%1 kann nicht zu %2 addiert werden: Die Währungen sind unterschiedlich.</translation>
    </message>
    <message>
        <source>The sum is too large to be handled safely.</source>
        <translation>Die Summe ist zu groß, um sicher verarbeitet zu werden.</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2: the currencies differ.</source>
        <translation>%1 kann nicht von %2 subtrahiert werden: Die Währungen sind unterschiedlich.</translation>
    </message>
    <message>
        <source>The difference is too large to be handled safely.</source>
        <translation>Die Differenz ist zu groß, um sicher verarbeitet zu werden.</translation>
    </message>
    <message>
        <source>The amount is too large to negate safely.</source>
        <translation>Der Betrag ist zu groß, um sein Vorzeichen sicher umzukehren.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; contains the separator &apos;%2&apos;. Write it without thousands separators and with &apos;%3&apos; as the decimal point (for example %4), or choose a locale that uses these separators.</source>
        <translation>Der Betrag „%1“ enthält das Trennzeichen „%2“. Schreiben Sie ihn ohne Tausendertrennzeichen und mit „%3“ als Dezimaltrennzeichen (zum Beispiel %4), oder wählen Sie ein Gebietsschema, das diese Trennzeichen verwendet.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; needs digits on both sides of the decimal point: write 0.50 instead of .50, and 5 instead of &quot;5.&quot;.</source>
        <translation>Der Betrag „%1“ benötigt Ziffern auf beiden Seiten des Dezimaltrennzeichens: Schreiben Sie 0.50 statt .50 und 5 statt „5.“.</translation>
    </message>
</context>
<context>
    <name>bridge::PaymentEdits</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 %2 cannot be written in %3: %4</source>
        <extracomment>%1 currency code, %2 amount, %3 the new currency code, %4 why (e.g. too many decimals)</extracomment>
        <translation>%1 %2 kann nicht in %3 angegeben werden: %4</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>line 2</source>
        <translation>Zeile 2</translation>
    </message>
    <message>
        <source>town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>county or region</source>
        <translation>Grafschaft oder Region</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Billing address, %1</source>
        <translation>Rechnungsadresse, %1</translation>
    </message>
    <message>
        <source>Delivery address, %1</source>
        <translation>Lieferadresse, %1</translation>
    </message>
    <message>
        <source>Line %1 stock code</source>
        <translation>Zeile %1, Artikelnummer</translation>
    </message>
    <message>
        <source>Line %1 description</source>
        <translation>Zeile %1, Beschreibung</translation>
    </message>
    <message>
        <source>Line %1 quantity</source>
        <translation>Zeile %1, Menge</translation>
    </message>
    <message>
        <source>Line %1 unit price</source>
        <translation>Zeile %1, Stückpreis</translation>
    </message>
    <message>
        <source>No field was changed. Change at least one value, or replay without edits.</source>
        <translation>Es wurde kein Feld geändert. Ändern Sie mindestens einen Wert, oder übertragen Sie die Zahlung ohne Änderungen erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field that can be corrected. Correctable fields are the customer, the addresses, the amount and currency, and each order line&apos;s stock code, description, quantity and unit price.</source>
        <translation>„%1“ ist kein korrigierbares Feld. Korrigierbar sind der Kunde, die Adressen, Betrag und Währung sowie für jede Auftragszeile Artikelnummer, Beschreibung, Menge und Stückpreis.</translation>
    </message>
    <message>
        <source>the new value must be text.</source>
        <translation>Der neue Wert muss Text sein.</translation>
    </message>
    <message>
        <source>a payment cannot be posted without a customer code.</source>
        <translation>Eine Zahlung kann ohne Kundennummer nicht gebucht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of units above zero.</source>
        <translation>„%1“ ist keine ganze Stückzahl größer als null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it with digits and a decimal point, e.g. 12.50.</source>
        <translation>„%1“ ist kein Betrag: Schreiben Sie ihn mit Ziffern und einem Punkt als Dezimaltrennzeichen, z. B. 12.50.</translation>
    </message>
    <message numerus="yes">
        <source>the payment has %n order line(s).</source>
        <translation>
            <numerusform>Die Zahlung hat %n Auftragszeile.</numerusform>
            <numerusform>Die Zahlung hat %n Auftragszeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Permissions</name>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sees payments, reports and the event log; changes nothing.</source>
        <translation>Sieht Zahlungen, Berichte und das Ereignisprotokoll; ändert nichts.</translation>
    </message>
    <message>
        <source>Watches the live monitor, retries or replays failed postings, acknowledges alerts.</source>
        <translation>Überwacht den laufenden Betrieb, wiederholt fehlgeschlagene Buchungen oder überträgt sie erneut, bestätigt Warnmeldungen.</translation>
    </message>
    <message>
        <source>Proposes refunds, reconciliation resolutions and edited replays.</source>
        <translation>Schlägt Erstattungen, Abstimmungsklärungen und bearbeitete Neuübertragungen vor.</translation>
    </message>
    <message>
        <source>Approves or rejects what a preparer proposed, never their own proposals.</source>
        <translation>Gibt Vorschläge eines Erstellers frei oder lehnt sie ab, niemals aber eigene Vorschläge.</translation>
    </message>
    <message>
        <source>Connects Opayo and SYSPRO, edits mappings and settings, assigns roles.</source>
        <translation>Verbindet Opayo und SYSPRO, bearbeitet Zuordnungen und Einstellungen, weist Rollen zu.</translation>
    </message>
    <message>
        <source>view payments and reports</source>
        <translation>Zahlungen und Berichte anzuzeigen</translation>
    </message>
    <message>
        <source>view the event log</source>
        <translation>das Ereignisprotokoll anzuzeigen</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>Einstellungen zu ändern</translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation>Rollen zuzuweisen</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>das Prüfprotokoll zu prüfen</translation>
    </message>
    <message>
        <source>edit field mappings</source>
        <translation>Feldzuordnungen zu bearbeiten</translation>
    </message>
    <message>
        <source>activate a mapping version</source>
        <translation>eine Zuordnungsversion zu aktivieren</translation>
    </message>
    <message>
        <source>start or stop the sync engine</source>
        <translation>den Synchronisierungsdienst zu starten oder anzuhalten</translation>
    </message>
    <message>
        <source>retry or replay a posting</source>
        <translation>eine Buchung zu wiederholen oder erneut zu übertragen</translation>
    </message>
    <message>
        <source>edit and replay a posting</source>
        <translation>eine Buchung zu bearbeiten und erneut zu übertragen</translation>
    </message>
    <message>
        <source>approve an edited replay</source>
        <translation>eine bearbeitete Neuübertragung freizugeben</translation>
    </message>
    <message>
        <source>acknowledge alerts</source>
        <translation>Warnmeldungen zu bestätigen</translation>
    </message>
    <message>
        <source>prepare a refund</source>
        <translation>eine Erstattung zu erstellen</translation>
    </message>
    <message>
        <source>approve a refund</source>
        <translation>eine Erstattung freizugeben</translation>
    </message>
    <message>
        <source>propose a reconciliation resolution</source>
        <translation>eine Abstimmungsklärung vorzuschlagen</translation>
    </message>
    <message>
        <source>approve a reconciliation resolution</source>
        <translation>eine Abstimmungsklärung freizugeben</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>Daten zu exportieren</translation>
    </message>
    <message>
        <source>%1 may not %2: this needs the role %3. An administrator can assign roles on the Users page.</source>
        <translation>%1 ist nicht berechtigt, %2: Dafür ist die Rolle %3 erforderlich. Ein Administrator kann Rollen auf der Seite „Benutzer“ zuweisen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 prepared this, so %1 cannot %2. Another approver must do it (maker-checker rule).</source>
        <translation>Da %1 dies erstellt hat, ist %1 nicht berechtigt, %2. Ein anderer Freigeber muss dies übernehmen (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>mark a dead letter resolved</source>
        <translation>einen Dead Letter als geklärt zu markieren</translation>
    </message>
</context>
<context>
    <name>bridge::cli::CliApplication</name>
    <message>
        <source>Show the data folder, settings, database, schema version and audit state</source>
        <translation>Datenordner, Einstellungen, Datenbank, Schemaversion und Zustand des Prüfprotokolls anzeigen</translation>
    </message>
    <message>
        <source>Check that the audit log is complete and unchanged; names the first bad row</source>
        <translation>Prüfen, ob das Prüfprotokoll vollständig und unverändert ist; nennt die erste fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>Print the most recent audit log entries</source>
        <translation>Die neuesten Einträge des Prüfprotokolls ausgeben</translation>
    </message>
    <message>
        <source>List users and their roles</source>
        <translation>Benutzer und ihre Rollen auflisten</translation>
    </message>
    <message>
        <source>Replace a user&apos;s roles (administrators only)</source>
        <translation>Rollen eines Benutzers ersetzen (nur Administratoren)</translation>
    </message>
    <message>
        <source>Usage: bridge-cli [--demo] [--settings FILE] &lt;command&gt; [options]</source>
        <translation>Aufruf: bridge-cli [--demo] [--settings FILE] &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Opayo–SYSPRO Bridge on the command line. Commands:</source>
        <translation>Opayo–SYSPRO Bridge auf der Kommandozeile. Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>use the demo data folder instead of the real one</source>
        <translation>den Demo-Datenordner statt des echten verwenden</translation>
    </message>
    <message>
        <source>read settings from FILE instead of the default</source>
        <translation>Einstellungen aus FILE statt aus der Standarddatei lesen</translation>
    </message>
    <message>
        <source>show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s options</source>
        <translation>diese Hilfe anzeigen; &apos;&lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (for audit verify: tampering found), 2 usage error.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Fehler (bei audit verify: Manipulation gefunden), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>bridge-cli: %1</source>
        <translation>bridge-cli: %1</translation>
    </message>
    <message>
        <source>Run &apos;bridge-cli %1--help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf: &apos;bridge-cli %1--help&apos;.</translation>
    </message>
    <message>
        <source>Opayo–SYSPRO Bridge command line</source>
        <translation>Opayo–SYSPRO Bridge für die Kommandozeile</translation>
    </message>
    <message>
        <source>Use the demo data folder.</source>
        <translation>Den Demo-Datenordner verwenden.</translation>
    </message>
    <message>
        <source>Settings file.</source>
        <translation>Einstellungsdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>unknown &apos;%1&apos; command &apos;%2&apos;.</source>
        <translation>unbekannter &apos;%1&apos;-Befehl &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a sub-command.</source>
        <translation>&apos;%1&apos; erfordert einen Unterbefehl.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: bridge-cli %1 [options]</source>
        <translation>Aufruf: bridge-cli %1 [Optionen]</translation>
    </message>
    <message>
        <source>Database URL (default: the configured database).</source>
        <translation>Datenbank-URL (Standard: die konfigurierte Datenbank).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Fail unless the log ends at this hash (detects removed newest rows).</source>
        <translation>Mit Fehler beenden, wenn das Protokoll nicht mit diesem Hash endet (erkennt entfernte neueste Zeilen).</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log. Exits 0 when intact, 1 when a row was changed, inserted or deleted (the first such row is named).</source>
        <translation>Berechnet die Hash-Kette des Prüfprotokolls neu. Beendet sich mit 0, wenn sie intakt ist, und mit 1, wenn eine Zeile geändert, eingefügt oder gelöscht wurde (die erste solche Zeile wird genannt).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Head: row %1, hash %2</source>
        <translation>Kettenende: Zeile %1, Hash %2</translation>
    </message>
    <message>
        <source>First bad row: %1</source>
        <translation>Erste fehlerhafte Zeile: %1</translation>
    </message>
    <message>
        <source>Rows verified before it: %1</source>
        <translation>Davor geprüfte Zeilen: %1</translation>
    </message>
    <message>
        <source>How many entries (default 20).</source>
        <translation>Anzahl der Einträge (Standard: 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Prints the newest audit log entries, newest first.</source>
        <translation>Gibt die neuesten Einträge des Prüfprotokolls aus, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 100000, not &apos;%1&apos;.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 100000 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Shows where the bridge keeps its data and whether it is healthy.</source>
        <translation>Zeigt, wo die Bridge ihre Daten speichert und ob sie funktionsfähig ist.</translation>
    </message>
    <message>
        <source>Opayo–SYSPRO Bridge %1%2</source>
        <translation>Opayo–SYSPRO Bridge %1%2</translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation> (Demodaten)</translation>
    </message>
    <message>
        <source>Data folder:     %1</source>
        <translation>Datenordner:       %1</translation>
    </message>
    <message>
        <source>Settings file:   %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Database:        %1 (%2)</source>
        <translation>Datenbank:         %1 (%2)</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Schemaversion:     %1</translation>
    </message>
    <message>
        <source>Users:           %1</source>
        <translation>Benutzer:          %1</translation>
    </message>
    <message>
        <source>Audit log:       %1</source>
        <translation>Prüfprotokoll:     %1</translation>
    </message>
    <message>
        <source>Lists users and their roles.</source>
        <translation>Listet Benutzer und ihre Rollen auf.</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt aktiv: %1</translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation>Der Anmeldename des Benutzers.</translation>
    </message>
    <message>
        <source>Comma-separated roles: viewer, operator, preparer, approver, admin.</source>
        <translation>Kommagetrennte Rollen: viewer, operator, preparer, approver, admin.</translation>
    </message>
    <message>
        <source>Replaces a user&apos;s roles. You must be an administrator (your OS login is checked).</source>
        <translation>Ersetzt die Rollen eines Benutzers. Sie müssen Administrator sein (Ihre Anmeldung am Betriebssystem wird geprüft).</translation>
    </message>
    <message>
        <source>expected a login and a comma-separated list of roles.</source>
        <translation>erwartet werden ein Anmeldename und eine kommagetrennte Liste von Rollen.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; use viewer, operator, preparer, approver or admin.</source>
        <translation>unbekannte Rolle &apos;%1&apos;; verwenden Sie viewer, operator, preparer, approver oder admin.</translation>
    </message>
    <message>
        <source>Roles of %1 are now: %2</source>
        <translation>Die Rollen von %1 lauten jetzt: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Run the engine against the built-in sandboxes and a simulated shop</source>
        <translation>Den Synchronisierungsdienst gegen die integrierten Sandboxes und einen simulierten Shop ausführen</translation>
    </message>
    <message>
        <source>Print the SYSPRO XmlIn a mapping makes of a payment, or its errors</source>
        <translation>Das SYSPRO-XmlIn ausgeben, das eine Zuordnung aus einer Zahlung erzeugt, oder deren Fehler</translation>
    </message>
    <message>
        <source>Run the sync engine as a service until stopped (SIGTERM or Ctrl+C)</source>
        <translation>Den Synchronisierungsdienst im Dauerbetrieb ausführen, bis er angehalten wird (SIGTERM oder Ctrl+C)</translation>
    </message>
    <message>
        <source>Send a dead-lettered event or command through the engine again</source>
        <translation>Ein Ereignis oder einen Befehl aus der Dead-Letter-Queue erneut durch den Synchronisierungsdienst verarbeiten lassen</translation>
    </message>
    <message>
        <source>Orders the shop places (default 200).</source>
        <translation>Anzahl der Bestellungen, die der Shop aufgibt (Standard: 200).</translation>
    </message>
    <message>
        <source>Share of calls to both sandboxes that fail, 0 to 1 (default 0).</source>
        <translation>Anteil der fehlschlagenden Aufrufe an beide Sandboxes, 0 bis 1 (Standard: 0).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Seed for the shop and the sandboxes (default 1).</source>
        <translation>Startwert (Seed) für den Shop und die Sandboxes (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Pipeline worker threads (default 2).</source>
        <translation>Anzahl der Worker-Threads der Pipeline (Standard: 2).</translation>
    </message>
    <message>
        <source>Latency added to every SYSPRO answer (default 0).</source>
        <translation>Zusätzliche Latenz für jede Antwort von SYSPRO (Standard: 0).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Only good orders: no unknown stock, bad customers, bad refunds or re-sends.</source>
        <translation>Nur fehlerfreie Bestellungen: keine unbekannten Artikel, fehlerhaften Kunden, fehlerhaften Erstattungen oder erneuten Sendungen.</translation>
    </message>
    <message>
        <source>Database URL (default: a temporary SQLite file).</source>
        <translation>Datenbank-URL (Standard: eine temporäre SQLite-Datei).</translation>
    </message>
    <message>
        <source>Starts the Opayo and SYSPRO sandboxes and a simulated shop in this process, runs the engine until every order has settled, and prints what happened: events in, sales orders, receipts, dead letters by reason, retries, duplicates suppressed, latency.</source>
        <translation>Startet die Sandboxes von Opayo und SYSPRO sowie einen simulierten Shop in diesem Prozess, führt den Synchronisierungsdienst aus, bis jede Bestellung abgeschlossen ist, und gibt aus, was geschehen ist: eingegangene Ereignisse, Kundenaufträge, Zahlungseingänge, Dead Letters nach Grund, Wiederholungen, unterdrückte Duplikate, Latenz.</translation>
    </message>
    <message>
        <source>--events must be a whole number of orders, at least 1 (got &apos;%1&apos;).</source>
        <translation>--events muss eine ganze Zahl von Bestellungen sein, mindestens 1 (erhalten: &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--fault-rate must be between 0 and 1 with at most two decimals, e.g. 0.2 (got &apos;%1&apos;).</source>
        <translation>--fault-rate muss zwischen 0 und 1 liegen und darf höchstens zwei Nachkommastellen haben, z. B. 0.2 (erhalten: &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--seed, --workers (1 to 16) and --syspro-latency-ms must be whole numbers.</source>
        <translation>--seed, --workers (1 bis 16) und --syspro-latency-ms müssen ganze Zahlen sein.</translation>
    </message>
    <message>
        <source>Running %1 shop orders against the sandboxes (fault rate %2%)…</source>
        <translation>%1 Shop-Bestellungen werden gegen die Sandboxes ausgeführt (Fehlerquote %2 %)…</translation>
    </message>
    <message>
        <source>Mapping document (default: the built-in default template).</source>
        <translation>Zuordnungsdokument (Standard: die integrierte Standardvorlage).</translation>
    </message>
    <message>
        <source>A canonical payment as JSON.</source>
        <translation>Eine kanonische Zahlung als JSON.</translation>
    </message>
    <message>
        <source>Evaluates a mapping on one payment and prints the SYSPRO XmlIn of every command it would post, or the first problem (which field, what is wrong). Nothing is posted.</source>
        <translation>Wertet eine Zuordnung für eine Zahlung aus und gibt das SYSPRO-XmlIn jedes Befehls aus, den sie buchen würde, oder das erste Problem (welches Feld, was falsch ist). Es wird nichts gebucht.</translation>
    </message>
    <message>
        <source>--input FILE is required (a canonical payment as JSON).</source>
        <translation>--input FILE ist erforderlich (eine kanonische Zahlung als JSON).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at offset %3.</source>
        <translation>%1 ist kein JSON-Objekt: %2 an Position %3.</translation>
    </message>
    <message>
        <source>The mapping posts nothing for this payment (no target&apos;s condition holds).</source>
        <translation>Die Zuordnung bucht für diese Zahlung nichts (die Bedingung keines Ziels ist erfüllt).</translation>
    </message>
    <message>
        <source>Settings file of this engine (default: the installation&apos;s).</source>
        <translation>Einstellungsdatei dieses Synchronisierungsdienstes (Standard: die der Installation).</translation>
    </message>
    <message>
        <source>How long a claim lasts (default 120000).</source>
        <translation>Wie lange die Übernahme eines Eintrags gilt (Standard: 120000).</translation>
    </message>
    <message>
        <source>Runs the sync engine and its intake listener until SIGTERM or Ctrl+C, then stops in order (no new work, calls in flight finish, SYSPRO is logged off). Secrets come from the keychain, as the console stores them.</source>
        <translation>Führt den Synchronisierungsdienst und seinen Empfänger aus, bis SIGTERM oder Ctrl+C eintrifft, und hält dann geordnet an (keine neue Arbeit, laufende Aufrufe werden abgeschlossen, Abmeldung von SYSPRO). Zugangsdaten stammen aus dem Schlüsselbund, so wie die Konsole sie speichert.</translation>
    </message>
    <message>
        <source>Engine running; intake listening on port %1. Stop with SIGTERM or Ctrl+C.</source>
        <translation>Synchronisierungsdienst läuft; Empfänger lauscht auf Port %1. Beenden mit SIGTERM oder Ctrl+C.</translation>
    </message>
    <message>
        <source>Intake not started: %1</source>
        <translation>Empfänger nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Who asks (for the audit log; default: $USER).</source>
        <translation>Wer die Anfrage stellt (für das Prüfprotokoll; Standard: $USER).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>event:N (an inbox event, from its start) or command:N (an outbox command); a bare number is an event.</source>
        <translation>event:N (ein Ereignis der Eingangswarteschlange, ab Beginn) oder command:N (ein Befehl der Ausgangswarteschlange); eine Zahl allein bezeichnet ein Ereignis.</translation>
    </message>
    <message>
        <source>Sends a dead-lettered event through the pipeline again, or a dead-lettered command to SYSPRO again (looked up first, in case it was posted by hand). A running engine picks it up; the audit log records who asked.</source>
        <translation>Leitet ein Ereignis aus der Dead-Letter-Queue erneut durch die Pipeline oder sendet einen Befehl aus der Dead-Letter-Queue erneut an SYSPRO (zuvor wird in SYSPRO gesucht, falls er manuell gebucht wurde). Ein laufender Synchronisierungsdienst übernimmt ihn; das Prüfprotokoll hält fest, wer die Anfrage gestellt hat.</translation>
    </message>
    <message>
        <source>replay takes exactly one ID, e.g. &apos;replay event:42&apos;.</source>
        <translation>replay erwartet genau eine ID, z. B. &apos;replay event:42&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ID; use event:N or command:N.</source>
        <translation>&apos;%1&apos; ist keine ID; verwenden Sie event:N oder command:N.</translation>
    </message>
    <message>
        <source>Command %1 queued again; it is looked up in SYSPRO before it is posted.</source>
        <translation>Befehl %1 wurde erneut in die Warteschlange gestellt; vor dem Buchen wird er in SYSPRO gesucht.</translation>
    </message>
    <message>
        <source>Event %1 queued again from its start.</source>
        <translation>Ereignis %1 wurde erneut in die Warteschlange gestellt und wird von Beginn an verarbeitet.</translation>
    </message>
    <message>
        <source>No shop secret in the keychain (shop/event-secret): status updates to %1 are not sent.</source>
        <translation>Kein Shop-Geheimnis im Schlüsselbund (shop/event-secret): Statusmeldungen an %1 werden nicht gesendet.</translation>
    </message>
    <message>
        <source>debit note %1</source>
        <translation>Belastungsanzeige %1</translation>
    </message>
    <message>
        <source>fee journal %1</source>
        <translation>Gebührenjournal %1</translation>
    </message>
    <message>
        <source>Lists chargebacks, newest first.</source>
        <translation>Listet Rückbelastungen auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>No chargebacks yet.</source>
        <translation>Noch keine Rückbelastungen.</translation>
    </message>
    <message>
        <source>(customer unknown)</source>
        <translation>(Kunde unbekannt)</translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation>Gebühr %1</translation>
    </message>
    <message>
        <source>Acquirer for lines without one (default: the chargebacks/defaultAcquirer setting).</source>
        <translation>Acquirer für Zeilen ohne Acquirer-Angabe (Standard: die Einstellung chargebacks/defaultAcquirer).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The acquirer&apos;s chargeback CSV file.</source>
        <translation>Die CSV-Datei des Acquirers mit Rückbelastungen.</translation>
    </message>
    <message>
        <source>Imports an acquirer&apos;s chargeback CSV. The columns are named in the chargebacks/csvColumns setting. Refused lines are listed with their line number; the others are imported. Importing a file again changes nothing.</source>
        <translation>Importiert die CSV-Datei eines Acquirers mit Rückbelastungen. Die Spalten werden in der Einstellung chargebacks/csvColumns benannt. Abgewiesene Zeilen werden mit ihrer Zeilennummer aufgeführt; die übrigen werden importiert. Ein erneuter Import derselben Datei ändert nichts.</translation>
    </message>
    <message>
        <source>expected one file name.</source>
        <translation>erwartet wird genau ein Dateiname.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>%1: %2 lines read, %3 chargebacks imported, %4 already known, %5 refused.</source>
        <translation>%1: %2 Zeilen gelesen, %3 Rückbelastungen importiert, %4 bereits bekannt, %5 abgewiesen.</translation>
    </message>
    <message>
        <source>Line %1 refused: %2</source>
        <translation>Zeile %1 abgewiesen: %2</translation>
    </message>
    <message>
        <source>Opayo transaction ID.</source>
        <translation>Opayo-Transaktions-ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.34.</source>
        <translation>Betrag, z. B. 12.34.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Currency code, e.g. GBP.</source>
        <translation>Währungscode, z. B. GBP.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The acquirer&apos;s fee, same currency (default 0).</source>
        <translation>Die Gebühr des Acquirers, in derselben Währung (Standard: 0).</translation>
    </message>
    <message>
        <source>The acquirer&apos;s case reference.</source>
        <translation>Die Fallreferenz des Acquirers.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>The reason the acquirer gives.</source>
        <translation>Der vom Acquirer angegebene Grund.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The acquirer&apos;s reason code.</source>
        <translation>Der Grundcode des Acquirers.</translation>
    </message>
    <message>
        <source>Acquirer (default: the chargebacks/defaultAcquirer setting).</source>
        <translation>Acquirer (Standard: die Einstellung chargebacks/defaultAcquirer).</translation>
    </message>
    <message>
        <source>The acquirer&apos;s date, yyyy-MM-dd (default today).</source>
        <translation>Das Datum des Acquirers, yyyy-MM-dd (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Records one chargeback by hand.</source>
        <translation>Erfasst eine einzelne Rückbelastung manuell.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation>--currency: %1</translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation>--amount: %1</translation>
    </message>
    <message>
        <source>--fee: %1</source>
        <translation>--fee: %1</translation>
    </message>
    <message>
        <source>--received: &apos;%1&apos; is not a date in the form yyyy-MM-dd.</source>
        <translation>--received: &apos;%1&apos; ist kein Datum im Format yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>Recorded chargeback %1: %2 %3 on transaction %4 (%5 %6). Mark it disputed, won or lost with &apos;bridge-cli chargeback set %1 …&apos;.</source>
        <translation>Rückbelastung %1 erfasst: %2 %3 auf Transaktion %4 (%5 %6). Markieren Sie sie mit &apos;bridge-cli chargeback set %1 …&apos; als disputed, won oder lost.</translation>
    </message>
    <message>
        <source>The chargeback&apos;s number (see &apos;chargeback list&apos;).</source>
        <translation>Die Nummer der Rückbelastung (siehe &apos;chargeback list&apos;).</translation>
    </message>
    <message>
        <source>disputed, won or lost.</source>
        <translation>disputed (angefochten), won (gewonnen) oder lost (verloren).</translation>
    </message>
    <message>
        <source>Changes a chargeback&apos;s state. Marking it lost posts its debit note and fee journal to SYSPRO (through the engine).</source>
        <translation>Ändert den Status einer Rückbelastung. Wird sie als lost markiert, werden ihre Belastungsanzeige und ihr Gebührenjournal in SYSPRO gebucht (über den Synchronisierungsdienst).</translation>
    </message>
    <message>
        <source>expected a chargeback number and a state (disputed, won or lost).</source>
        <translation>erwartet werden eine Rückbelastungsnummer und ein Status (disputed, won oder lost).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chargeback number.</source>
        <translation>&apos;%1&apos; ist keine Rückbelastungsnummer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state a chargeback can be set to; use disputed, won or lost.</source>
        <translation>&apos;%1&apos; ist kein Status, auf den eine Rückbelastung gesetzt werden kann; verwenden Sie disputed, won oder lost.</translation>
    </message>
    <message>
        <source>Chargeback %1 is now %2.</source>
        <translation>Rückbelastung %1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>Its debit note and fee journal are queued for SYSPRO.</source>
        <translation>Ihre Belastungsanzeige und ihr Gebührenjournal stehen in der Warteschlange für SYSPRO.</translation>
    </message>
    <message>
        <source>Its debit note is queued for SYSPRO (no fee, so no journal).</source>
        <translation>Ihre Belastungsanzeige steht in der Warteschlange für SYSPRO (keine Gebühr, daher kein Journal).</translation>
    </message>
    <message>
        <source>List chargebacks, newest first</source>
        <translation>Rückbelastungen auflisten, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Import an acquirer&apos;s chargeback CSV file</source>
        <translation>CSV-Datei eines Acquirers mit Rückbelastungen importieren</translation>
    </message>
    <message>
        <source>Record one chargeback by hand</source>
        <translation>Eine einzelne Rückbelastung manuell erfassen</translation>
    </message>
    <message>
        <source>Mark a chargeback disputed, won or lost (lost posts it to SYSPRO)</source>
        <translation>Rückbelastung als disputed, won oder lost markieren (lost bucht sie in SYSPRO)</translation>
    </message>
    <message>
        <source>Fetch settlement batches, match them with the ledger and SYSPRO, store and print the result</source>
        <translation>Abrechnungsläufe abrufen, mit dem Hauptbuch und SYSPRO abgleichen, das Ergebnis speichern und ausgeben</translation>
    </message>
    <message>
        <source>Reconcile this settlement day (yyyy-MM-dd).</source>
        <translation>Diesen Abrechnungstag abstimmen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>T</translation>
    </message>
    <message>
        <source>First settlement day (yyyy-MM-dd).</source>
        <translation>Erster Abrechnungstag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last settlement day (yyyy-MM-dd).</source>
        <translation>Letzter Abrechnungstag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Import this settlement CSV first (may be given several times).</source>
        <translation>Zuerst diese Abrechnungs-CSV importieren (mehrfach möglich).</translation>
    </message>
    <message>
        <source>With --demo: shop orders placed before the day is settled (default 120).</source>
        <translation>Mit --demo: Shop-Bestellungen, die vor der Abrechnung des Tages aufgegeben werden (Standard 120).</translation>
    </message>
    <message>
        <source>Fetches the settlement batches (the Opayo Reporting API when its user is set up, catching up on missed days; the settlement/folder and SFTP server when set; the --file files), matches the period&apos;s settlement lines with the bridge&apos;s ledger and SYSPRO documents, stores the run and prints the summary: lines, matched, and per batch and currency the counts and amounts of each kind of difference. Default period: today&apos;s settlement. With --demo it runs the built-in sandboxes and a simulated shop, settles their day with realistic differences, and checks the result against them.</source>
        <translation>Ruft die Abrechnungsläufe ab (über die Opayo Reporting API, wenn ihr Benutzer eingerichtet ist, mit Nachholen versäumter Tage; aus settlement/folder und vom SFTP-Server, wenn eingestellt; aus den --file-Dateien), gleicht die Abrechnungszeilen des Zeitraums mit dem Hauptbuch der Bridge und den SYSPRO-Belegen ab, speichert den Lauf und gibt die Zusammenfassung aus: Zeilen, abgeglichen und je Abrechnungslauf und Währung Anzahl und Beträge jeder Art von Abweichung. Standardzeitraum: die heutige Abrechnung. Mit --demo laufen die eingebauten Sandboxes und ein simulierter Shop, ihr Tag wird mit realistischen Abweichungen abgerechnet und das Ergebnis damit verglichen.</translation>
    </message>
    <message>
        <source>give either --date or --from and --to, not both.</source>
        <translation>geben Sie entweder --date oder --from und --to an, nicht beides.</translation>
    </message>
    <message>
        <source>--date must be a day as yyyy-MM-dd, e.g. 2026-11-20 (got &apos;%1&apos;).</source>
        <translation>--date muss ein Tag im Format JJJJ-MM-TT sein, z. B. 2026-11-20 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--from and --to must both be days as yyyy-MM-dd, --to not before --from (got &apos;%1&apos; and &apos;%2&apos;).</source>
        <translation>--from und --to müssen beide Tage im Format JJJJ-MM-TT sein, --to nicht vor --from (erhalten: „%1“ und „%2“).</translation>
    </message>
    <message>
        <source>--events must be a whole number, at least 10 (got &apos;%1&apos;).</source>
        <translation>--events muss eine ganze Zahl von mindestens 10 sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Running %1 shop orders against the sandboxes, then settling the day…</source>
        <translation>%1 Shop-Bestellungen laufen gegen die Sandboxes, danach wird der Tag abgerechnet …</translation>
    </message>
    <message>
        <source>%1: imported before, skipped.</source>
        <translation>%1: bereits importiert, übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2 lines in %3 new batches (%4 batches known).</source>
        <translation>%1: %2 Zeilen in %3 neuen Abrechnungsläufen (%4 Abrechnungsläufe bekannt).</translation>
    </message>
    <message>
        <source>Opayo Reporting API %1 to %2: %3 new batches, %4 lines (%5 batches known).</source>
        <translation>Opayo Reporting API %1 bis %2: %3 neue Abrechnungsläufe, %4 Zeilen (%5 Abrechnungsläufe bekannt).</translation>
    </message>
    <message>
        <source>Reconciliation run %1, settlement days %2 to %3: %4 lines, %5 matched; %6 ledger entries.</source>
        <translation>Abstimmungslauf %1, Abrechnungstage %2 bis %3: %4 Zeilen, %5 abgeglichen; %6 Hauptbuchbuchungen.</translation>
    </message>
    <message>
        <source>(not in a batch)</source>
        <translation>(in keinem Abrechnungslauf)</translation>
    </message>
    <message>
        <source>%1 lines, %2 matched, gross %3, refunds %4, chargebacks %5, fees %6, net %7</source>
        <translation>%1 Zeilen, %2 abgeglichen, brutto %3, Erstattungen %4, Rückbelastungen %5, Gebühren %6, netto %7</translation>
    </message>
    <message>
        <source>Demo truth: %1 of %2 lines and %3 of %4 ledger entries as the demo made them.</source>
        <translation>Demo-Wahrheit: %1 von %2 Zeilen und %3 von %4 Hauptbuchbuchungen wie von der Demo erzeugt.</translation>
    </message>
    <message>
        <source>Resolve reconciliation discrepancies: items, propose, approve, reject, list, journal, close</source>
        <translation>Abweichungen der Abstimmung klären: items, propose, approve, reject, list, journal, close</translation>
    </message>
    <message>
        <source>Why (needed; kept in the audit log).</source>
        <translation>Begründung (Pflicht; wird im Prüfprotokoll gespeichert).</translation>
    </message>
    <message>
        <source>Only this discrepancy class.</source>
        <translation>Nur diese Abweichungsklasse.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>KLASSE</translation>
    </message>
    <message>
        <source>post_missing_receipt, post_missing_credit_note, adjustment_journal, reverse_duplicate, write_off, wait_for_next_batch, confirm_match or resolved_outside.</source>
        <translation>post_missing_receipt, post_missing_credit_note, adjustment_journal, reverse_duplicate, write_off, wait_for_next_batch, confirm_match oder resolved_outside.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>Journal amount (default: the difference found).</source>
        <translation>Betrag der Buchung (Standard: die gefundene Differenz).</translation>
    </message>
    <message>
        <source>Ledger code to debit (default from Settings).</source>
        <translation>Zu belastendes Sachkonto (Standard aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Ledger code to credit (default from Settings).</source>
        <translation>Zu entlastendes Sachkonto (Standard aus den Einstellungen).</translation>
    </message>
    <message>
        <source>confirm_match: the ledger entry&apos;s transaction ID.</source>
        <translation>confirm_match: die Transaktions-ID der Hauptbuchbuchung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>--comment is required.</source>
        <translation>--comment ist Pflicht.</translation>
    </message>
    <message>
        <source>The run&apos;s number (&apos;bridge-cli reconcile&apos; prints it).</source>
        <translation>Die Nummer des Laufs („bridge-cli reconcile“ gibt sie aus).</translation>
    </message>
    <message>
        <source>Lists a run&apos;s discrepancies with their result numbers and state.</source>
        <translation>Listet die Abweichungen eines Laufs mit ihren Ergebnisnummern und ihrem Stand.</translation>
    </message>
    <message>
        <source>expected a run number.</source>
        <translation>eine Laufnummer erwartet.</translation>
    </message>
    <message>
        <source>Run %1 has no discrepancies.</source>
        <translation>Lauf %1 hat keine Abweichungen.</translation>
    </message>
    <message>
        <source>The result&apos;s number (&apos;resolution items&apos;).</source>
        <translation>Die Nummer des Ergebnisses („resolution items“).</translation>
    </message>
    <message>
        <source>Proposes a resolution of one discrepancy (preparer). An approver approves it.</source>
        <translation>Schlägt eine Klärung einer Abweichung vor (Vorbereiter). Ein Genehmiger genehmigt sie.</translation>
    </message>
    <message>
        <source>expected a result number.</source>
        <translation>eine Ergebnisnummer erwartet.</translation>
    </message>
    <message>
        <source>--action: &apos;%1&apos; is not a resolution; see --help.</source>
        <translation>--action: „%1“ ist keine Klärung; siehe --help.</translation>
    </message>
    <message>
        <source>there is no result %1.</source>
        <translation>es gibt kein Ergebnis %1.</translation>
    </message>
    <message>
        <source>Proposed resolution %1 (%2) for result %3; an approver approves it with &apos;bridge-cli resolution approve %1 --comment …&apos;.</source>
        <translation>Klärung %1 (%2) für Ergebnis %3 vorgeschlagen; ein Genehmiger genehmigt sie mit „bridge-cli resolution approve %1 --comment …“.</translation>
    </message>
    <message>
        <source>Proposal numbers (several: one class only).</source>
        <translation>Vorschlagsnummern (mehrere: nur eine Klasse).</translation>
    </message>
    <message>
        <source>The proposal&apos;s number.</source>
        <translation>Die Nummer des Vorschlags.</translation>
    </message>
    <message>
        <source>Approves proposals (approver, never one&apos;s own); posting ones are queued for SYSPRO.</source>
        <translation>Genehmigt Vorschläge (Genehmiger, nie die eigenen); buchende werden für SYSPRO eingereiht.</translation>
    </message>
    <message>
        <source>Rejects a proposal (approver, never one&apos;s own).</source>
        <translation>Lehnt einen Vorschlag ab (Genehmiger, nie den eigenen).</translation>
    </message>
    <message>
        <source>expected one or more proposal numbers.</source>
        <translation>eine oder mehrere Vorschlagsnummern erwartet.</translation>
    </message>
    <message>
        <source>expected one proposal number.</source>
        <translation>eine Vorschlagsnummer erwartet.</translation>
    </message>
    <message>
        <source>Rejected proposal %1; the item is open again.</source>
        <translation>Vorschlag %1 abgelehnt; der Posten ist wieder offen.</translation>
    </message>
    <message>
        <source>Approved proposal %1: %2 %3 is queued for SYSPRO.</source>
        <translation>Vorschlag %1 genehmigt: %2 %3 ist für SYSPRO eingereiht.</translation>
    </message>
    <message>
        <source>Approved proposal %1.</source>
        <translation>Vorschlag %1 genehmigt.</translation>
    </message>
    <message>
        <source>Lists the proposals waiting for an approver, oldest first.</source>
        <translation>Listet die Vorschläge, die auf einen Genehmiger warten, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>No proposal is waiting for an approver.</source>
        <translation>Kein Vorschlag wartet auf einen Genehmiger.</translation>
    </message>
    <message>
        <source>The batch&apos;s acquirer.</source>
        <translation>Der Acquirer des Abrechnungslaufs.</translation>
    </message>
    <message>
        <source>The batch id.</source>
        <translation>Die ID des Abrechnungslaufs.</translation>
    </message>
    <message>
        <source>The currency of the journal.</source>
        <translation>Die Währung der Buchung.</translation>
    </message>
    <message>
        <source>Proposes posting the batch&apos;s settlement journal (bank, card clearing, fees, chargebacks) in one currency.</source>
        <translation>Schlägt vor, die Abrechnungsbuchung des Laufs (Bank, Kartenverrechnung, Gebühren, Rückbelastungen) in einer Währung zu buchen.</translation>
    </message>
    <message>
        <source>Closes the batch (approver): nothing may be open, its settlement journals approved.</source>
        <translation>Schließt den Abrechnungslauf (Genehmiger): Nichts darf offen sein, seine Abrechnungsbuchungen müssen genehmigt sein.</translation>
    </message>
    <message>
        <source>expected an acquirer, a batch id and a currency.</source>
        <translation>einen Acquirer, eine Lauf-ID und eine Währung erwartet.</translation>
    </message>
    <message>
        <source>expected an acquirer and a batch id.</source>
        <translation>einen Acquirer und eine Lauf-ID erwartet.</translation>
    </message>
    <message>
        <source>there is no batch %1 of %2.</source>
        <translation>es gibt keinen Abrechnungslauf %1 von %2.</translation>
    </message>
    <message>
        <source>Proposed the settlement journal of batch %1 in %2 as proposal %3.</source>
        <translation>Die Abrechnungsbuchung des Laufs %1 in %2 als Vorschlag %3 vorgeschlagen.</translation>
    </message>
    <message>
        <source>Closed batch %1.</source>
        <translation>Abrechnungslauf %1 geschlossen.</translation>
    </message>
    <message>
        <source>&apos;resolution&apos; needs a sub-command: items, propose, approve, reject, list, journal or close.</source>
        <translation>„resolution“ braucht einen Unterbefehl: items, propose, approve, reject, list, journal oder close.</translation>
    </message>
    <message>
        <source>unknown &apos;resolution&apos; command &apos;%1&apos;.</source>
        <translation>unbekannter „resolution“-Befehl „%1“.</translation>
    </message>
    <message>
        <source>List the saved mapping versions and which one is used for posting</source>
        <translation>Die gespeicherten Zuordnungsversionen auflisten und anzeigen, welche zum Buchen verwendet wird</translation>
    </message>
    <message>
        <source>Show what changed between two mapping versions, field by field</source>
        <translation>Feld für Feld anzeigen, was sich zwischen zwei Zuordnungsversionen geändert hat</translation>
    </message>
    <message>
        <source>Use a mapping version for posting (administrators only)</source>
        <translation>Eine Zuordnungsversion zum Buchen verwenden (nur Administratoren)</translation>
    </message>
    <message>
        <source>Write a mapping version as a file</source>
        <translation>Eine Zuordnungsversion als Datei schreiben</translation>
    </message>
    <message>
        <source>Mapping document (default: the database&apos;s active mapping version).</source>
        <translation>Zuordnungsdokument (Standard: die aktive Zuordnungsversion der Datenbank).</translation>
    </message>
    <message>
        <source>Mapping: version %1 (%2).</source>
        <translation>Zuordnung: Version %1 (%2).</translation>
    </message>
    <message>
        <source>Lists the saved mapping versions, newest first, and which one the engine posts with. A database without any gets the built-in default as version 1.</source>
        <translation>Listet die gespeicherten Zuordnungsversionen auf, die neueste zuerst, und zeigt, mit welcher der Synchronisierungsdienst bucht. Eine Datenbank ohne Versionen erhält die eingebaute Standardzuordnung als Version 1.</translation>
    </message>
    <message>
        <source>* used for posting</source>
        <translation>* zum Buchen verwendet</translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation>Die ältere Version.</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>Die neuere Version.</translation>
    </message>
    <message>
        <source>Shows what changed from one mapping version to another, field by field, in words.</source>
        <translation>Zeigt Feld für Feld in Worten, was sich von einer Zuordnungsversion zur anderen geändert hat.</translation>
    </message>
    <message>
        <source>expected two version numbers, e.g. &apos;mapping diff 1 2&apos;.</source>
        <translation>erwartet werden zwei Versionsnummern, z. B. &apos;mapping diff 1 2&apos;.</translation>
    </message>
    <message>
        <source>No differences between version %1 and version %2.</source>
        <translation>Keine Unterschiede zwischen Version %1 und Version %2.</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Begründung (wird im Prüfprotokoll gespeichert).</translation>
    </message>
    <message>
        <source>The version to post with.</source>
        <translation>Die Version, mit der gebucht werden soll.</translation>
    </message>
    <message>
        <source>Makes the engine post with this mapping version from its next start (an older version: a rollback). Administrators only; audited.</source>
        <translation>Lässt den Synchronisierungsdienst ab seinem nächsten Start mit dieser Zuordnungsversion buchen (bei einer älteren Version: ein Zurücksetzen). Nur für Administratoren; wird im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>expected one version number.</source>
        <translation>erwartet wird eine Versionsnummer.</translation>
    </message>
    <message>
        <source>Version %1 is used for posting from the engine&apos;s next start.</source>
        <translation>Version %1 wird ab dem nächsten Start des Synchronisierungsdienstes zum Buchen verwendet.</translation>
    </message>
    <message>
        <source>What changed (kept with the version).</source>
        <translation>Was sich geändert hat (wird mit der Version gespeichert).</translation>
    </message>
    <message>
        <source>A mapping document (JSON).</source>
        <translation>Ein Zuordnungsdokument (JSON).</translation>
    </message>
    <message>
        <source>Saved as version %1. Use &apos;bridge-cli mapping activate %1&apos; to post with it.</source>
        <translation>Als Version %1 gespeichert. Verwenden Sie &apos;bridge-cli mapping activate %1&apos;, um damit zu buchen.</translation>
    </message>
    <message>
        <source>File to write (default: print it).</source>
        <translation>Zu schreibende Datei (Standard: Ausgabe auf dem Bildschirm).</translation>
    </message>
    <message>
        <source>The version to write.</source>
        <translation>Die zu schreibende Version.</translation>
    </message>
    <message>
        <source>Writes a mapping version as a JSON file, as &apos;mapping import&apos; and --mapping read it.</source>
        <translation>Schreibt eine Zuordnungsversion als JSON-Datei, so wie &apos;mapping import&apos; und --mapping sie lesen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save a mapping file or a template as a new version (administrators only)</source>
        <translation>Eine Zuordnungsdatei oder eine Vorlage als neue Version speichern (nur Administratoren)</translation>
    </message>
    <message>
        <source>List the built-in mapping templates</source>
        <translation>Die integrierten Zuordnungsvorlagen auflisten</translation>
    </message>
    <message>
        <source>A built-in template instead of a file (see &apos;bridge-cli mapping templates&apos;).</source>
        <translation>Eine integrierte Vorlage statt einer Datei (siehe &apos;bridge-cli mapping templates&apos;).</translation>
    </message>
    <message>
        <source>Checks a mapping file (or a built-in template) and saves it as a new version (not yet used for posting). Administrators only; audited.</source>
        <translation>Prüft eine Zuordnungsdatei (oder eine integrierte Vorlage) und speichert sie als neue Version (noch nicht zum Buchen verwendet). Nur für Administratoren; wird im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>give a file or --template, not both.</source>
        <translation>geben Sie eine Datei oder --template an, nicht beides.</translation>
    </message>
    <message>
        <source>there is no mapping template &quot;%1&quot;; use one of: %2.</source>
        <translation>es gibt keine Zuordnungsvorlage „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Lists the built-in mapping templates: their id (for &apos;mapping import --template ID&apos;), their title, and the file to give &apos;bridge-cli map --mapping&apos;.</source>
        <translation>Listet die integrierten Zuordnungsvorlagen auf: ihre ID (für &apos;mapping import --template ID&apos;), ihren Titel und die Datei für &apos;bridge-cli map --mapping&apos;.</translation>
    </message>
</context>
<context>
    <name>bridge::credentials::CredentialStore</name>
    <message>
        <source>No secret is stored in the system keychain for %1. Enter it in Settings.</source>
        <translation>Im Schlüsselbund des Systems sind für %1 keine Zugangsdaten gespeichert. Geben Sie sie unter „Einstellungen“ ein.</translation>
    </message>
    <message>
        <source>The system keychain refused access to %1. Unlock the keychain or allow the bridge to use it, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf %1 verweigert. Entsperren Sie den Schlüsselbund oder erlauben Sie der Bridge den Zugriff, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No keychain entry is configured for this secret.</source>
        <translation>Für diese Zugangsdaten ist kein Eintrag im Schlüsselbund konfiguriert.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret for %1 cannot be used. The bridge never stores secrets in plain text. On Linux start a Secret Service (for example gnome-keyring) and unlock it; on Windows the Credential Manager must be running.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher können die Zugangsdaten für %1 nicht verwendet werden. Die Bridge speichert Zugangsdaten nie im Klartext. Starten Sie unter Linux einen Secret Service (zum Beispiel gnome-keyring) und entsperren Sie ihn; unter Windows muss die Anmeldeinformationsverwaltung ausgeführt werden.</translation>
    </message>
    <message>
        <source>The system keychain could not read the secret for %1.</source>
        <translation>Der Schlüsselbund des Systems konnte die Zugangsdaten für %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The system keychain could not store the secret for %1.</source>
        <translation>Der Schlüsselbund des Systems konnte die Zugangsdaten für %1 nicht speichern.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret for %1.</source>
        <translation>Der Schlüsselbund des Systems konnte die Zugangsdaten für %1 nicht löschen.</translation>
    </message>
</context>
<context>
    <name>bridge::demo::DemoHarness</name>
    <message>
        <source>Orders placed by the shop:   %1 (%2 events sent, re-sends included)
Events in the inbox:         %3
SYSPRO sales orders:         %4
SYSPRO receipts:             %5
SYSPRO credit notes:         %6
Nothing to post (declined):  %7
Duplicates suppressed:       %8
Dead letters:                %9
</source>
        <translation>Bestellungen des Shops:       %1 (%2 Ereignisse gesendet, einschließlich erneuter Sendungen)
Ereignisse im Eingang:        %3
SYSPRO-Kundenaufträge:        %4
SYSPRO-Zahlungseingänge:      %5
SYSPRO-Gutschriften:          %6
Nichts zu buchen (abgelehnt): %7
Unterdrückte Duplikate:       %8
Dead Letters:                 %9
</translation>
    </message>
    <message>
        <source>Retries:                     %1
Status updates to the shop:  %2
Latency p50 / p99:           %3 ms / %4 ms
Elapsed:                     %5 ms
</source>
        <translation>Wiederholungen:               %1
Statusmeldungen an den Shop:  %2
Latenz p50 / p99:             %3 ms / %4 ms
Verstrichene Zeit:            %5 ms
</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo database: %1</source>
        <translation>Für die Demo-Datenbank kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>The intake listener did not start: %1</source>
        <translation>Der Empfänger wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>no answer within 10 s</source>
        <translation>keine Antwort innerhalb von 10 s</translation>
    </message>
</context>
<context>
    <name>bridge::demo::SettlementDemo</name>
    <message>
        <source>The demo has no unsettled card payment to settle; run it with more orders.</source>
        <translation>Die Demo hat keine unabgerechnete Kartenzahlung zum Abrechnen; starten Sie sie mit mehr Bestellungen.</translation>
    </message>
    <message>
        <source>line %1#%2 (%3): expected %4, found %5</source>
        <translation>Zeile %1#%2 (%3): erwartet %4, gefunden %5</translation>
    </message>
    <message>
        <source>entry %1: expected %2, found %3</source>
        <translation>Buchung %1: erwartet %2, gefunden %3</translation>
    </message>
</context>
<context>
    <name>bridge::engine::DatabaseOpener</name>
    <message>
        <source>The database setting in %1 is not usable: %2</source>
        <translation>Die Datenbankeinstellung in %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>bridge::engine::Engine</name>
    <message numerus="yes">
        <source>%n item(s) are in the dead-letter queue (%1 since the last alert).</source>
        <translation>
            <numerusform>%n Eintrag befindet sich in der Dead-Letter-Queue (%1 neu seit der letzten Warnmeldung).</numerusform>
            <numerusform>%n Einträge befinden sich in der Dead-Letter-Queue (%1 neu seit der letzten Warnmeldung).</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest payment still waiting has waited %1 minutes.</source>
        <translation>Die älteste noch wartende Zahlung wartet seit %1 Minuten.</translation>
    </message>
    <message>
        <source>The SYSPRO operator is not set up. Enter it in Settings → SYSPRO e.net.</source>
        <translation>Der SYSPRO-Operator ist nicht eingerichtet. Geben Sie ihn unter „Einstellungen → SYSPRO e.net“ ein.</translation>
    </message>
    <message>
        <source>SYSPRO ended the bridge&apos;s session (another logon of the same operator, or a timeout). The bridge logged on again; calls in progress were checked.</source>
        <translation>SYSPRO hat die Sitzung der Bridge beendet (durch eine weitere Anmeldung desselben Operators oder durch Zeitüberschreitung). Die Bridge hat sich erneut angemeldet; laufende Aufrufe wurden geprüft.</translation>
    </message>
    <message>
        <source>Give the bridge an operator of its own, so that people logging on in SYSPRO do not end its session.</source>
        <translation>Richten Sie für die Bridge einen eigenen Operator ein, damit Anmeldungen von Personen in SYSPRO ihre Sitzung nicht beenden.</translation>
    </message>
    <message>
        <source>Each dead letter says why it failed and what to do: fix the cause, then replay it (bridge-cli replay).</source>
        <translation>Jeder Dead Letter sagt, warum er fehlschlug und was zu tun ist: Beheben Sie die Ursache und übertragen Sie ihn dann erneut (bridge-cli replay).</translation>
    </message>
    <message>
        <source>Check that SYSPRO and Opayo are reachable and that the engine is running; each waiting item keeps its last error in the event log.</source>
        <translation>Prüfen Sie, ob SYSPRO und Opayo erreichbar sind und der Synchronisierungsdienst läuft; jeder wartende Eintrag behält seinen letzten Fehler im Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>No mapping is active, so the engine would not know what to post. Give the engine a mapping document (bridge-cli run --mapping FILE, or the built-in default).</source>
        <translation>Es ist keine Zuordnung aktiv, daher wüsste der Synchronisierungsdienst nicht, was er buchen soll. Geben Sie ihm ein Zuordnungsdokument (bridge-cli run --mapping DATEI, oder die eingebaute Standardzuordnung).</translation>
    </message>
</context>
<context>
    <name>bridge::engine::ErpDocuments</name>
    <message>
        <source>The mapping fills &quot;%1&quot; in %2 (%3), which the bridge cannot post in a %2. Use one of: %4.</source>
        <translation>Die Zuordnung befüllt „%1“ in %2 (%3), ein Feld, das die Bridge in %2 nicht buchen kann. Verwenden Sie eines der folgenden: %4.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) is &quot;%4&quot;, which is not a date (yyyy-MM-dd). Add a formatDate step with the format yyyy-MM-dd.</source>
        <translation>%1 in %2 (%3) hat den Wert „%4“, der kein Datum (yyyy-MM-dd) ist. Fügen Sie einen formatDate-Schritt mit dem Format yyyy-MM-dd hinzu.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) must be an amount with its currency; the mapping gave &quot;%4&quot;. Map it from an amount field.</source>
        <translation>%1 in %2 (%3) muss ein Betrag mit Währung sein; die Zuordnung hat „%4“ geliefert. Ordnen Sie den Wert aus einem Betragsfeld zu.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3) is empty, and SYSPRO needs it. Map a source field to it or give it a default.</source>
        <translation>%1 in %2 (%3) ist leer, wird aber von SYSPRO benötigt. Ordnen Sie ein Quellfeld zu, oder geben Sie einen Standardwert an.</translation>
    </message>
    <message>
        <source>mapping target &quot;%1&quot;</source>
        <translation>Zuordnungsziel „%1“</translation>
    </message>
    <message>
        <source>%1 asks for business object &quot;%2&quot;, which the bridge does not post. Use one of: %3.</source>
        <translation>%1 fordert das Business-Objekt „%2“ an, das die Bridge nicht bucht. Verwenden Sie eines der folgenden: %3.</translation>
    </message>
    <message>
        <source>%1, order line %2</source>
        <translation>%1, Auftragszeile %2</translation>
    </message>
    <message>
        <source>%1 in GENTJL (%2) is &quot;%3&quot;, which is not a whole number.</source>
        <translation>%1 in GENTJL (%2) hat den Wert „%3“, der keine ganze Zahl ist.</translation>
    </message>
    <message>
        <source>%1, journal entry %2</source>
        <translation>%1, Journaleintrag %2</translation>
    </message>
    <message>
        <source>GL journal %1 (%2) does not balance: debits and credits differ by %3 %4. It is not posted; correct its entries.</source>
        <translation>Hauptbuchjournal %1 (%2) ist nicht ausgeglichen: Soll und Haben weichen um %3 %4 voneinander ab. Es wird nicht gebucht; korrigieren Sie seine Einträge.</translation>
    </message>
    <message>
        <source>%1 makes a SORTCH credit note without lines, and SYSPRO&apos;s SORTCL needs at least one. Map the refunded order lines, or one non-stocked line with the refund&apos;s amount (Description, OrderQty 1, Price, NsProductClass).</source>
        <translation>%1 erzeugt eine SORTCH-Gutschrift ohne Positionen, und SYSPROs SORTCL braucht mindestens eine. Ordnen Sie die erstatteten Bestellpositionen zu oder eine Nicht-Lager-Position mit dem Erstattungsbetrag (Description, OrderQty 1, Price, NsProductClass).</translation>
    </message>
    <message>
        <source>%1, credit note line %2</source>
        <translation>%1, Gutschriftsposition %2</translation>
    </message>
</context>
<context>
    <name>bridge::engine::EventNormaliser</name>
    <message>
        <source>The stored Reporting API row of event %1 is not valid JSON (%2); the poller will store it again on its next run.</source>
        <translation>Die gespeicherte Reporting-API-Zeile von Ereignis %1 ist kein gültiges JSON (%2); der Abfragedienst speichert sie bei seinem nächsten Lauf erneut.</translation>
    </message>
    <message>
        <source>Event %1 came from &quot;%2&quot;, a source the bridge does not read. It was stored by a newer or older version; replay it with the version that stored it.</source>
        <translation>Ereignis %1 stammt aus „%2“, einer Quelle, die die Bridge nicht liest. Es wurde von einer neueren oder älteren Version gespeichert; übertragen Sie es mit der Version erneut, die es gespeichert hat.</translation>
    </message>
    <message>
        <source>Event %1 (vendorTxCode %2) reports a successful payment without Opayo&apos;s transactionId, so it cannot be confirmed with Opayo or posted exactly once. Ask the shop to send the transactionId Opayo returned, then replay the event.</source>
        <translation>Ereignis %1 (vendorTxCode %2) meldet eine erfolgreiche Zahlung ohne die transactionId von Opayo; sie kann daher weder bei Opayo bestätigt noch genau einmal gebucht werden. Bitten Sie den Shop, die von Opayo zurückgegebene transactionId zu senden, und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Refund %1 does not say which payment it refunds (referenceTransactionId is missing), so what is left to refund cannot be checked. Add it to the event and replay it.</source>
        <translation>Erstattung %1 gibt nicht an, welche Zahlung sie erstattet (referenceTransactionId fehlt), daher kann der noch erstattbare Betrag nicht geprüft werden. Ergänzen Sie die Angabe im Ereignis, und übertragen Sie es erneut.</translation>
    </message>
    <message>
        <source>The stored console refund of event %1 cannot be read (%2). Ask for the refund again on the Refunds page.</source>
        <translation>Die gespeicherte Konsolen-Erstattung von Ereignis %1 kann nicht gelesen werden (%2). Fordern Sie die Erstattung auf der Seite „Erstattungen“ erneut an.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::IntakeHandler</name>
    <message>
        <source>The request is larger than %1 bytes and was not read.</source>
        <translation>Die Anfrage ist größer als %1 Byte und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Nothing is served at %1 %2. The bridge accepts POST /opayo/notification and POST /shop/events.</source>
        <translation>Unter %1 %2 wird nichts bereitgestellt. Die Bridge nimmt POST /opayo/notification und POST /shop/events an.</translation>
    </message>
    <message>
        <source>The notification could not be stored; please send it again.</source>
        <translation>Die Benachrichtigung konnte nicht gespeichert werden; bitte senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The event could not be stored; send it again.</source>
        <translation>Das Ereignis konnte nicht gespeichert werden; senden Sie es erneut.</translation>
    </message>
    <message>
        <source>The listener cannot use %1:%2; another program may be using the port. Choose another one with the setting intake/port.</source>
        <translation>Der Empfänger kann %1:%2 nicht verwenden; möglicherweise belegt ein anderes Programm den Port. Wählen Sie mit der Einstellung intake/port einen anderen.</translation>
    </message>
    <message>
        <source>An Opayo notification was refused: %1</source>
        <translation>Eine Opayo-Benachrichtigung wurde abgewiesen: %1</translation>
    </message>
    <message>
        <source>If this repeats, check the vendor name in Settings → Opayo; otherwise someone may be sending forged notifications.</source>
        <translation>Falls dies wiederholt auftritt, prüfen Sie den Händlernamen unter „Einstellungen → Opayo“; andernfalls sendet möglicherweise jemand gefälschte Benachrichtigungen.</translation>
    </message>
    <message>
        <source>A shop event was refused: %1</source>
        <translation>Ein Shop-Ereignis wurde abgewiesen: %1</translation>
    </message>
    <message>
        <source>If this repeats, check that the shop and the bridge share the same event secret and that both clocks are right; otherwise someone may be sending forged events.</source>
        <translation>Falls dies wiederholt auftritt, prüfen Sie, ob Shop und Bridge denselben geheimen Schlüssel für Ereignisse verwenden und ob beide Uhren richtig gehen; andernfalls sendet möglicherweise jemand gefälschte Ereignisse.</translation>
    </message>
    <message>
        <source>Shop event %1 contained a card number; it was masked before anything was stored.</source>
        <translation>Shop-Ereignis %1 enthielt eine Kartennummer; sie wurde maskiert, bevor etwas gespeichert wurde.</translation>
    </message>
    <message>
        <source>Ask the shop&apos;s developers to stop sending card numbers: the bridge never needs them, and sending them puts the shop in PCI scope.</source>
        <translation>Bitten Sie die Entwickler des Shops, keine Kartennummern mehr zu senden: Die Bridge benötigt sie nie, und durch das Senden fällt der Shop in den PCI-Geltungsbereich.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::MappingPreview</name>
    <message>
        <source>%1 is required by SYSPRO but is empty for this sample. Give it a default value (a &quot;Default&quot; step) or map another field.</source>
        <translation>%1 ist für SYSPRO erforderlich, aber bei diesem Beispiel leer. Geben Sie einen Standardwert an (ein Schritt „Standardwert bei leerem Wert“), oder ordnen Sie ein anderes Feld zu.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; (%3 characters); SYSPRO takes at most %4. Add a &quot;Shorten with hash&quot; or &quot;Part of the text&quot; step.</source>
        <translation>%1 hat den Wert „%2“ (%3 Zeichen); SYSPRO akzeptiert höchstens %4. Fügen Sie einen Schritt „Mit Hash kürzen“ oder „Teil des Textes“ hinzu.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>einen Betrag</translation>
    </message>
    <message>
        <source>a date (add a &quot;Format date&quot; step)</source>
        <translation>ein Datum (fügen Sie einen Schritt „Datum formatieren“ hinzu)</translation>
    </message>
    <message>
        <source>Y or N</source>
        <translation>Y oder N</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but SYSPRO expects %3 there.</source>
        <translation>%1 hat den Wert „%2“, SYSPRO erwartet dort aber %3.</translation>
    </message>
    <message>
        <source>%1 is required by SYSPRO and nothing is mapped to it. Drag a source field onto it, or give it a fixed value.</source>
        <translation>%1 ist für SYSPRO erforderlich, aber nichts ist ihm zugeordnet. Ziehen Sie ein Quellfeld darauf, oder geben Sie ihm einen festen Wert.</translation>
    </message>
    <message>
        <source>The mapping cannot be used yet: %1</source>
        <translation>Die Zuordnung kann noch nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The sample is not a payment: %1</source>
        <translation>Das Beispiel ist keine Zahlung: %1</translation>
    </message>
    <message>
        <source>This sample cannot be mapped: %1</source>
        <translation>Dieses Beispiel kann nicht zugeordnet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be posted: %3</source>
        <translation>%1 (%2) kann nicht gebucht werden: %3</translation>
    </message>
    <message>
        <source>The mapping posts nothing for this sample (no target&apos;s condition holds).</source>
        <translation>Die Zuordnung bucht für dieses Beispiel nichts (die Bedingung keines Ziels ist erfüllt).</translation>
    </message>
</context>
<context>
    <name>bridge::engine::OpayoConnection</name>
    <message>
        <source>Opayo base URL &quot;%1&quot; must end with the API version, for example https://sandbox.opayo.eu.elavon.com/api/v1.</source>
        <translation>Die Opayo-Basis-URL „%1“ muss mit der API-Version enden, zum Beispiel https://sandbox.opayo.eu.elavon.com/api/v1.</translation>
    </message>
    <message>
        <source>Opayo Reporting API address &quot;%1&quot; is not usable; it usually is https://live.opayo.eu.elavon.com/access/access.htm.</source>
        <translation>Die Adresse der Opayo-Reporting-API „%1“ ist nicht verwendbar; sie lautet üblicherweise https://live.opayo.eu.elavon.com/access/access.htm.</translation>
    </message>
    <message>
        <source>Enter the Opayo vendor name in Settings; the Reporting API needs it.</source>
        <translation>Geben Sie den Opayo-Händlernamen in den Einstellungen ein; die Reporting-API benötigt ihn.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::PipelineWorker</name>
    <message>
        <source>Correct the event at its source and send it again, or replay it once the bridge can read it.</source>
        <translation>Korrigieren Sie das Ereignis an seiner Quelle, und senden Sie es erneut, oder übertragen Sie es erneut, sobald die Bridge es lesen kann.</translation>
    </message>
    <message>
        <source>Check the refund amount with the shop; if the refund was really made in Opayo, correct the original payment&apos;s amount first.</source>
        <translation>Klären Sie den Erstattungsbetrag mit dem Shop; falls die Erstattung tatsächlich in Opayo ausgeführt wurde, korrigieren Sie zuerst den Betrag der ursprünglichen Zahlung.</translation>
    </message>
    <message>
        <source>status %1 in the event, %2 at Opayo</source>
        <translation>Status %1 im Ereignis, %2 bei Opayo</translation>
    </message>
    <message>
        <source>Opayo did not say the amount</source>
        <translation>Opayo hat keinen Betrag angegeben</translation>
    </message>
    <message>
        <source>%1 %2 in the event, %3 %4 at Opayo</source>
        <translation>%1 %2 im Ereignis, %3 %4 bei Opayo</translation>
    </message>
    <message>
        <source>type %1 in the event, %2 at Opayo</source>
        <translation>Typ %1 im Ereignis, %2 bei Opayo</translation>
    </message>
    <message>
        <source>Opayo does not confirm transaction %1 (vendorTxCode %2): %3. Nothing was posted.</source>
        <translation>Opayo bestätigt Transaktion %1 (vendorTxCode %2) nicht: %3. Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>Compare the payment in Opayo&apos;s portal with the shop&apos;s order before posting anything by hand.</source>
        <translation>Vergleichen Sie die Zahlung im Opayo-Portal mit der Bestellung im Shop, bevor Sie manuell etwas buchen.</translation>
    </message>
    <message>
        <source>Compare the payment in Opayo&apos;s portal with the shop&apos;s order. If the shop sent wrong figures, correct them there; then replay the event.</source>
        <translation>Vergleichen Sie die Zahlung im Opayo-Portal mit der Bestellung im Shop. Falls der Shop falsche Werte gesendet hat, korrigieren Sie sie dort, und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Opayo could not confirm transaction %1: %2</source>
        <translation>Opayo konnte Transaktion %1 nicht bestätigen: %2</translation>
    </message>
    <message>
        <source>Check the transaction in Opayo&apos;s portal. If it exists, check the Opayo settings (vendor, environment), then replay the event.</source>
        <translation>Prüfen Sie die Transaktion im Opayo-Portal. Falls sie existiert, prüfen Sie die Opayo-Einstellungen (Händler, Umgebung), und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Transaction %1 came from Opayo without an amount and can only be confirmed through the Reporting API, which is not set up.</source>
        <translation>Transaktion %1 wurde von Opayo ohne Betrag geliefert und kann nur über die Reporting-API bestätigt werden, die nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>Enter the Reporting API user in Settings → Opayo, then replay the event.</source>
        <translation>Geben Sie den Reporting-API-Benutzer unter „Einstellungen → Opayo“ ein, und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Customer code %1 does not exist in SYSPRO company %2 (payment %3, vendorTxCode %4). Nothing was posted.</source>
        <translation>Kundennummer %1 existiert nicht in SYSPRO-Firma %2 (Zahlung %3, vendorTxCode %4). Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>Add customer %1 in SYSPRO, or correct the shop&apos;s account code for this customer, then replay the event.</source>
        <translation>Legen Sie den Kunden %1 in SYSPRO an, oder korrigieren Sie die Kundenkontonummer dieses Kunden im Shop, und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Stock code %1 does not exist in SYSPRO company %2 (payment %3, vendorTxCode %4). Nothing was posted.</source>
        <translation>Artikelnummer %1 existiert nicht in SYSPRO-Firma %2 (Zahlung %3, vendorTxCode %4). Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>Check the refund amount with the shop; nothing was posted.</source>
        <translation>Klären Sie den Erstattungsbetrag mit dem Shop; es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>Correct the cause named above, then replay the event.</source>
        <translation>Beheben Sie die oben genannte Ursache, und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Correct the mapping &quot;%1&quot;, then replay the event (bridge-cli replay).</source>
        <translation>Korrigieren Sie die Zuordnung &quot;%1&quot; und übertragen Sie das Ereignis dann erneut (bridge-cli replay).</translation>
    </message>
    <message>
        <source>Add the stock code in SYSPRO, or map the shop&apos;s SKU to an existing stock code (a lookup step on StockCode in the mapping), then replay the event.</source>
        <translation>Legen Sie die Artikelnummer in SYSPRO an oder ordnen Sie die SKU des Shops einer vorhandenen Artikelnummer zu (ein Lookup-Schritt auf StockCode in der Zuordnung) und übertragen Sie das Ereignis dann erneut.</translation>
    </message>
    <message>
        <source>Correct the edit in the monitor (Edit and replay), or replay without it.</source>
        <translation>Korrigieren Sie die Änderung im Monitor („Bearbeiten und erneut übertragen“), oder übertragen Sie das Ereignis ohne die Änderung erneut.</translation>
    </message>
    <message>
        <source>Another refund of this payment was made meanwhile (in the console or in Opayo&apos;s portal). Ask again for what is left on the Refunds page.</source>
        <translation>Inzwischen wurde eine weitere Erstattung dieser Zahlung ausgeführt (in der Konsole oder im Opayo-Portal). Fordern Sie den Restbetrag auf der Seite „Erstattungen“ erneut an.</translation>
    </message>
    <message>
        <source>Ask for the refund again on the Refunds page.</source>
        <translation>Fordern Sie die Erstattung auf der Seite „Erstattungen“ erneut an.</translation>
    </message>
    <message>
        <source>An earlier try to send refund %1 may have reached Opayo, and only the Reporting API can tell; it is not set up, so the refund is not sent again.</source>
        <translation>Ein früherer Versuch, Erstattung %1 zu senden, hat Opayo möglicherweise erreicht, und nur die Reporting-API kann das klären; sie ist nicht eingerichtet, daher wird die Erstattung nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Look for refund %1 in MyOpayo. Then replay the event: the bridge looks it up again before sending anything.</source>
        <translation>Suchen Sie Erstattung %1 in MyOpayo. Übertragen Sie das Ereignis dann erneut: Die Bridge sucht die Erstattung noch einmal, bevor sie etwas sendet.</translation>
    </message>
    <message>
        <source>Opayo has refund %1 (transaction %2) but did not complete it: %3.</source>
        <translation>Opayo kennt Erstattung %1 (Transaktion %2), hat sie aber nicht abgeschlossen: %3.</translation>
    </message>
    <message>
        <source>Check the refund in MyOpayo, then ask for it again on the Refunds page.</source>
        <translation>Prüfen Sie die Erstattung in MyOpayo, und fordern Sie sie dann auf der Seite „Erstattungen“ erneut an.</translation>
    </message>
    <message>
        <source>Opayo did not make refund %1 of payment %2: %3 (%4).</source>
        <translation>Opayo hat Erstattung %1 zu Zahlung %2 nicht ausgeführt: %3 (%4).</translation>
    </message>
    <message>
        <source>Check the payment in MyOpayo, then ask for the refund again on the Refunds page.</source>
        <translation>Prüfen Sie die Zahlung in MyOpayo, und fordern Sie die Erstattung dann auf der Seite „Erstattungen“ erneut an.</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 von %2 noch erstattbar</translation>
    </message>
    <message>
        <source>Opayo refused refund %1 of payment %2: refund exceeds what is left: %3 asked, %4 (code 1018).</source>
        <translation>Opayo hat Erstattung %1 zu Zahlung %2 abgelehnt: Die Erstattung übersteigt den Restbetrag: %3 angefordert, %4 (Code 1018).</translation>
    </message>
    <message>
        <source>the bridge does not know what is left</source>
        <translation>der Restbetrag ist der Bridge nicht bekannt</translation>
    </message>
    <message>
        <source>Part of the payment was refunded elsewhere (e.g. in MyOpayo). Check its refunds there, then ask for what is left on the Refunds page.</source>
        <translation>Ein Teil der Zahlung wurde an anderer Stelle erstattet (z. B. in MyOpayo). Prüfen Sie dort die Erstattungen der Zahlung, und fordern Sie dann den Restbetrag auf der Seite „Erstattungen“ an.</translation>
    </message>
    <message>
        <source>A void is possible only on the day of the payment, before Opayo settles it. Refund the payment instead on the Refunds page.</source>
        <translation>Eine Stornierung ist nur am Tag der Zahlung möglich, bevor Opayo sie abrechnet. Erstatten Sie die Zahlung stattdessen auf der Seite „Erstattungen“.</translation>
    </message>
    <message>
        <source>Correct the cause named above, then ask for the refund again on the Refunds page.</source>
        <translation>Beheben Sie die oben genannte Ursache, und fordern Sie die Erstattung dann auf der Seite „Erstattungen“ erneut an.</translation>
    </message>
    <message>
        <source>A refund asked for in the console cannot be edited: its amount was approved as it is.</source>
        <translation>Eine in der Konsole angeforderte Erstattung kann nicht bearbeitet werden: Ihr Betrag wurde genau so freigegeben.</translation>
    </message>
    <message>
        <source>Replay it without edits, or mark it resolved and ask for the right refund on the Refunds page.</source>
        <translation>Übertragen Sie sie ohne Änderungen erneut, oder markieren Sie sie als geklärt, und fordern Sie die richtige Erstattung auf der Seite „Erstattungen“ an.</translation>
    </message>
    <message>
        <source>Check the Opayo integration key and password (Settings → Opayo); payments and approved refunds wait and go on once Opayo accepts the bridge again.</source>
        <translation>Prüfen Sie Integrationsschlüssel und -kennwort von Opayo („Einstellungen → Opayo“); Zahlungen und freigegebene Erstattungen warten und werden fortgesetzt, sobald Opayo die Bridge wieder akzeptiert.</translation>
    </message>
    <message>
        <source>Opayo refused to void payment %1: %2</source>
        <translation>Opayo hat die Stornierung der Zahlung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Opayo refused refund %1 of payment %2: %3</source>
        <translation>Opayo hat die Erstattung %1 der Zahlung %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>bridge::engine::ReportingPoller</name>
    <message>
        <source>The Reporting API is not set up; enter its user in Settings → Opayo to let the bridge find payments the webhooks missed.</source>
        <translation>Die Reporting-API ist nicht eingerichtet; geben Sie ihren Benutzer unter „Einstellungen → Opayo“ ein, damit die Bridge Zahlungen finden kann, die von den Webhooks nicht gemeldet wurden.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::StatusSyncWorker</name>
    <message>
        <source>The shop&apos;s status address %1 did not answer (%2); the update will be sent again.</source>
        <translation>Die Statusadresse %1 des Shops hat nicht geantwortet (%2); die Statusmeldung wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The shop answered HTTP %1 to a status update; it will be sent again.</source>
        <translation>Der Shop hat auf eine Statusmeldung mit HTTP %1 geantwortet; sie wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The shop refused status update %1 with HTTP %2: %3</source>
        <translation>Der Shop hat Statusmeldung %1 mit HTTP %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Check that the bridge and the shop share the same status webhook secret, then replay the update.</source>
        <translation>Prüfen Sie, ob Bridge und Shop denselben geheimen Schlüssel für den Status-Webhook verwenden, und übertragen Sie die Statusmeldung dann erneut.</translation>
    </message>
    <message>
        <source>Check the shop&apos;s status webhook address in Settings, then replay the update.</source>
        <translation>Prüfen Sie die Adresse des Status-Webhooks des Shops unter „Einstellungen“, und übertragen Sie die Statusmeldung dann erneut.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::SysproConnection</name>
    <message>
        <source>SYSPRO service URL &quot;%1&quot; is not an http:// or https:// address such as http://erp-server:31002/SYSPROWCFService/Rest.</source>
        <translation>Die SYSPRO-Dienst-URL „%1“ ist keine http://- oder https://-Adresse wie http://erp-server:31002/SYSPROWCFService/Rest.</translation>
    </message>
    <message>
        <source>Enter the SYSPRO operator the bridge logs on as (Settings → SYSPRO e.net).</source>
        <translation>Geben Sie den SYSPRO-Operator ein, mit dem sich die Bridge anmeldet (Einstellungen → SYSPRO e.net).</translation>
    </message>
    <message>
        <source>Receipts are to be written to a file when ARSTPY is not licensed, but the folder &quot;%1&quot; does not exist. Choose an existing folder.</source>
        <translation>Zahlungseingänge sollen in eine Datei geschrieben werden, wenn ARSTPY nicht lizenziert ist, aber der Ordner „%1“ existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Receipts are to be posted as GL journals when ARSTPY is not licensed: enter the bank ledger code and the AR control ledger code.</source>
        <translation>Zahlungseingänge sollen als Hauptbuchjournale gebucht werden, wenn ARSTPY nicht lizenziert ist: Geben Sie die Sachkonten für Bank und Debitorensammelkonto ein.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::SysproGateway</name>
    <message>
        <source>The SYSPRO connection is not set up yet; the call will be made again.</source>
        <translation>Die SYSPRO-Verbindung ist noch nicht eingerichtet; der Aufruf wird erneut ausgeführt.</translation>
    </message>
</context>
<context>
    <name>bridge::engine::SysproPoster</name>
    <message>
        <source>Found in SYSPRO on look-up after an unknown outcome.</source>
        <translation>Nach unbekanntem Ergebnis bei der Suche in SYSPRO gefunden.</translation>
    </message>
    <message>
        <source>SYSPRO&apos;s answer did not mention order %1; it will be looked up before it is posted again.</source>
        <translation>Die Antwort von SYSPRO nennt Auftrag %1 nicht; vor einer erneuten Buchung wird in SYSPRO danach gesucht.</translation>
    </message>
    <message>
        <source>SYSPRO imported order %1 without saying its number; it will be looked up.</source>
        <translation>SYSPRO hat Auftrag %1 importiert, ohne seine Nummer anzugeben; in SYSPRO wird danach gesucht.</translation>
    </message>
    <message>
        <source>Licence business object %1 for the bridge&apos;s operator in SYSPRO, or choose a receipt fallback in Settings → SYSPRO e.net, then replay.</source>
        <translation>Lizenzieren Sie das Business-Objekt %1 für den Operator der Bridge in SYSPRO, oder wählen Sie unter „Einstellungen → SYSPRO e.net“ eine Ausweichlösung für Zahlungseingänge, und übertragen Sie den Befehl dann erneut.</translation>
    </message>
    <message>
        <source>Check the SYSPRO operator and passwords in Settings → SYSPRO e.net, then replay.</source>
        <translation>Prüfen Sie den SYSPRO-Operator und die Kennwörter unter „Einstellungen → SYSPRO e.net“, und übertragen Sie den Befehl dann erneut.</translation>
    </message>
    <message>
        <source>Correct the data named above in SYSPRO or in the mapping, then replay the command.</source>
        <translation>Korrigieren Sie die oben genannten Daten in SYSPRO oder in der Zuordnung, und übertragen Sie den Befehl dann erneut.</translation>
    </message>
    <message>
        <source>%1 %2 has been failing for %3 minutes: %4</source>
        <translation>%1 %2 schlägt seit %3 Minuten fehl: %4</translation>
    </message>
    <message>
        <source>Check that SYSPRO is reachable (Settings → SYSPRO e.net → Test).</source>
        <translation>Prüfen Sie, ob SYSPRO erreichbar ist (Einstellungen → SYSPRO e.net → Test).</translation>
    </message>
</context>
<context>
    <name>bridge::gui::AboutDialog</name>
    <message>
        <source>Opayo–SYSPRO Bridge</source>
        <translation>Opayo–SYSPRO Bridge</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>spdlog: %1.%2.%3</source>
        <translation>spdlog: %1.%2.%3</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>System: %1 (%2)</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modus: %1</translation>
    </message>
    <message>
        <source>demo, with its own data folder</source>
        <translation>Demo, mit eigenem Datenordner</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktivbetrieb</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <source>Built on Qt 6 (LGPL-3.0), QtKeychain (BSD-3-Clause), spdlog and {fmt} (MIT).</source>
        <translation>Basiert auf Qt 6 (LGPL-3.0), QtKeychain (BSD-3-Clause), spdlog und {fmt} (MIT).</translation>
    </message>
</context>
<context>
    <name>bridge::gui::AlertsModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1

What to do: %2</source>
        <translation>%1

Was zu tun ist: %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aufgetreten</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>bridge::gui::AlertsPage</name>
    <message>
        <source>No open alerts: the engine needs nobody right now.</source>
        <translation>Keine offenen Warnmeldungen: Der Synchronisierungsdienst braucht gerade niemanden.</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Noch keine Warnmeldungen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n alert(s).</source>
        <translation>
            <numerusform>Die neueste Warnmeldung wird angezeigt.</numerusform>
            <numerusform>Die neuesten %n Warnmeldungen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alert to see what to do about it.</source>
        <translation>Wählen Sie eine Warnmeldung aus, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message numerus="yes">
        <source>First seen %1, last seen %2, %n time(s).</source>
        <translation>
            <numerusform>Zuerst aufgetreten %1, zuletzt %2, %n Mal.</numerusform>
            <numerusform>Zuerst aufgetreten %1, zuletzt %2, %n Mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2.</source>
        <translation>Bestätigt von %1 am %2.</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Select an open alert first.</source>
        <translation>Wählen Sie zuerst eine offene Warnmeldung aus.</translation>
    </message>
    <message>
        <source>Select the alert to acknowledge first.</source>
        <translation>Wählen Sie zuerst die zu bestätigende Warnmeldung aus.</translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation>Warnmeldung %1 bestätigt.</translation>
    </message>
</context>
<context>
    <name>bridge::gui::AppContext</name>
    <message>
        <source>Switching users is only possible in demo mode. Outside it, the console always acts as the person signed in to the computer.</source>
        <translation>Ein Benutzerwechsel ist nur im Demo-Modus möglich. Außerhalb davon handelt die Konsole immer als die Person, die am Computer angemeldet ist.</translation>
    </message>
</context>
<context>
    <name>bridge::gui::AuditModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>bridge::gui::AuditPage</name>
    <message>
        <source>Showing the newest %1 entries. The full trail can be checked from the command line with: bridge-cli audit verify</source>
        <translation>Die neuesten %1 Einträge werden angezeigt. Den gesamten Prüfpfad können Sie auf der Kommandozeile prüfen mit: bridge-cli audit verify</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>bridge::gui::ChargebackRecordDialog</name>
    <message>
        <source>Record a chargeback</source>
        <translation>Rückbelastung erfassen</translation>
    </message>
    <message>
        <source>e.g. 12.34</source>
        <extracomment>Placeholder: an example amount, written with a dot and without a currency sign</extracomment>
        <translation>z. B. 12.34</translation>
    </message>
    <message>
        <source>0.00 when there is no fee</source>
        <translation>0.00, wenn keine Gebühr anfällt</translation>
    </message>
    <message>
        <source>Opayo transaction ID, from the Monitor page</source>
        <translation>Opayo-Transaktions-ID, von der Seite „Monitor“</translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation>&amp;Transaktion:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <extracomment>The acquirer&apos;s fee for the chargeback</extracomment>
        <translation>&amp;Gebühr:</translation>
    </message>
    <message>
        <source>Ac&amp;quirer:</source>
        <translation>&amp;Acquirer:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <extracomment>The acquirer&apos;s case or dispute number</extracomment>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Reason c&amp;ode:</source>
        <translation>Grund&amp;code:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Währung: %1</translation>
    </message>
    <message>
        <source>Amount: give the amount charged back, for example 12.34.</source>
        <translation>Betrag: Geben Sie den zurückbelasteten Betrag an, zum Beispiel 12.34.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
</context>
<context>
    <name>bridge::gui::ChargebacksPanel</name>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Manuell erfassen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Mark &amp;disputed</source>
        <translation>Als &amp;angefochten markieren</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Als ge&amp;wonnen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>Als ver&amp;loren markieren</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Column: the date the acquirer raised the chargeback
----------
A chargeback&apos;s state: the acquirer told us, nobody has acted yet</extracomment>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Acquirer</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Column: the acquirer&apos;s case reference</extracomment>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Column: the acquirer&apos;s chargeback fee</extracomment>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>SYSPRO</source>
        <extracomment>Column: the SYSPRO documents a lost chargeback posted</extracomment>
        <translation>SYSPRO</translation>
    </message>
    <message>
        <source>No chargebacks yet. When an acquirer tells you of one, record it here, or import the acquirer&apos;s CSV file.</source>
        <translation>Noch keine Rückbelastungen. Wenn ein Acquirer Ihnen eine meldet, erfassen Sie sie hier, oder importieren Sie die CSV-Datei des Acquirers.</translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>A chargeback&apos;s state: we sent the acquirer evidence against it</extracomment>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>A chargeback&apos;s state: decided in our favour</extracomment>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>A chargeback&apos;s state: decided against us; posted to SYSPRO</extracomment>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>The chargebacks could not be read: %1</source>
        <translation>Die Rückbelastungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>debit note %1</source>
        <translation>Belastungsanzeige %1</translation>
    </message>
    <message>
        <source>fee journal %1</source>
        <translation>Gebührenjournal %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enter a chargeback by hand.</source>
        <translation>Eine Rückbelastung manuell erfassen.</translation>
    </message>
    <message>
        <source>Import the acquirer&apos;s chargeback CSV file; known chargebacks are skipped.</source>
        <translation>Die CSV-Datei des Acquirers mit Rückbelastungen importieren; bereits bekannte Rückbelastungen werden übersprungen.</translation>
    </message>
    <message>
        <source>You are sending the acquirer evidence against this chargeback.</source>
        <translation>Sie senden dem Acquirer Nachweise gegen diese Rückbelastung.</translation>
    </message>
    <message>
        <source>The acquirer decided in your favour; nothing is posted.</source>
        <translation>Der Acquirer hat zu Ihren Gunsten entschieden; es wird nichts gebucht.</translation>
    </message>
    <message>
        <source>The acquirer decided against you: posts a debit note to the customer and the fee journal to SYSPRO.</source>
        <translation>Der Acquirer hat gegen Sie entschieden: Bucht eine Belastungsanzeige an den Kunden und das Gebührenjournal in SYSPRO.</translation>
    </message>
    <message>
        <source>Select a chargeback first.</source>
        <translation>Wählen Sie zuerst eine Rückbelastung aus.</translation>
    </message>
    <message>
        <source>Chargeback not recorded</source>
        <translation>Rückbelastung nicht erfasst</translation>
    </message>
    <message>
        <source>Chargeback %1 recorded.</source>
        <translation>Rückbelastung %1 erfasst.</translation>
    </message>
    <message>
        <source>Import the acquirer&apos;s chargebacks</source>
        <translation>Rückbelastungen des Acquirers importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Chargebacks not imported</source>
        <translation>Rückbelastungen nicht importiert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chargeback(s) imported</source>
        <translation>
            <numerusform>%1: %n Rückbelastung importiert</numerusform>
            <numerusform>%1: %n Rückbelastungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n bereits bekannt</numerusform>
            <numerusform>%n bereits bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused.</source>
        <translation>
            <numerusform>%n Zeile abgewiesen.</numerusform>
            <numerusform>%n Zeilen abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Some lines were not imported</source>
        <translation>Einige Zeilen wurden nicht importiert</translation>
    </message>
    <message>
        <source>Mark chargeback %1 lost? A debit note of %2 to customer %3 is posted to SYSPRO.</source>
        <translation>Rückbelastung %1 als verloren markieren? In SYSPRO wird eine Belastungsanzeige über %2 an Kunde %3 gebucht.</translation>
    </message>
    <message>
        <source>Mark chargeback %1 lost? A debit note of %2 to customer %3, and a journal of the fee of %4, are posted to SYSPRO.</source>
        <translation>Rückbelastung %1 als verloren markieren? In SYSPRO werden eine Belastungsanzeige über %2 an Kunde %3 und ein Buchungsjournal für die Gebühr von %4 gebucht.</translation>
    </message>
    <message>
        <source>Mark the chargeback lost</source>
        <translation>Rückbelastung als verloren markieren</translation>
    </message>
    <message>
        <source>Chargeback not changed</source>
        <translation>Rückbelastung nicht geändert</translation>
    </message>
    <message>
        <source>Chargeback %1 is now %2.</source>
        <translation>Rückbelastung %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>failed, see the Monitor</source>
        <translation>fehlgeschlagen, siehe Monitor</translation>
    </message>
    <message>
        <source>being checked in SYSPRO</source>
        <translation>wird in SYSPRO geprüft</translation>
    </message>
    <message>
        <source>waiting to be posted</source>
        <translation>wartet auf die Buchung</translation>
    </message>
    <message>
        <source>debit note: %1</source>
        <translation>Belastungsanzeige: %1</translation>
    </message>
    <message>
        <source>fee journal: %1</source>
        <translation>Gebührenjournal: %1</translation>
    </message>
</context>
<context>
    <name>bridge::gui::DashboardPage</name>
    <message>
        <source>Events received per minute, last hour</source>
        <translation>Eingegangene Ereignisse pro Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Cash in per hour, today</source>
        <translation>Einnahmen pro Stunde, heute</translation>
    </message>
    <message>
        <source>Cash in per day, last 30 days</source>
        <translation>Einnahmen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Kennzahlen werden gelesen…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>No payments yet today</source>
        <translation>Heute noch keine Zahlungen</translation>
    </message>
    <message>
        <source>Since midnight, local time (%1).</source>
        <translation>Seit Mitternacht, Ortszeit (%1).</translation>
    </message>
    <message>
        <source>Nothing yet today</source>
        <translation>Heute noch nichts</translation>
    </message>
    <message>
        <source>Each currency is shown on its own, before refunds.</source>
        <translation>Jede Währung wird einzeln angezeigt, vor Erstattungen.</translation>
    </message>
    <message>
        <source>Also %1. Before refunds.</source>
        <translation>Außerdem %1. Vor Erstattungen.</translation>
    </message>
    <message>
        <source>Before refunds.</source>
        <translation>Vor Erstattungen.</translation>
    </message>
    <message>
        <source>No refunds today</source>
        <translation>Heute keine Erstattungen</translation>
    </message>
    <message>
        <source>No events in the last hour</source>
        <translation>Keine Ereignisse in der letzten Stunde</translation>
    </message>
    <message>
        <source>This minute: %1 · busiest minute: %2</source>
        <translation>Aktuelle Minute: %1 · stärkste Minute: %2</translation>
    </message>
    <message>
        <source>Nothing failing</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>No event or command is waiting for another attempt.</source>
        <translation>Kein Ereignis und kein Befehl wartet auf einen weiteren Versuch.</translation>
    </message>
    <message>
        <source>Being retried after a failure: events %1, commands %2.</source>
        <translation>Werden nach einem Fehler wiederholt: Ereignisse %1, Befehle %2.</translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation>Keine Dead Letters</translation>
    </message>
    <message>
        <source>Nothing needs a person.</source>
        <translation>Nichts erfordert ein Eingreifen.</translation>
    </message>
    <message>
        <source>Needs a person. Oldest came in %1 ago (%2); events %3, commands %4.</source>
        <translation>Erfordert ein Eingreifen. Der älteste ist vor %1 eingegangen (%2); Ereignisse %3, Befehle %4.</translation>
    </message>
    <message>
        <source>Hour, local time</source>
        <translation>Stunde, Ortszeit</translation>
    </message>
    <message>
        <source>No payments yet today: cash in appears here hour by hour.</source>
        <translation>Heute noch keine Zahlungen: Die Einnahmen erscheinen hier Stunde für Stunde.</translation>
    </message>
    <message>
        <source>No payments in the last 30 days.</source>
        <translation>Keine Zahlungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Es wartet nichts.</translation>
    </message>
    <message>
        <source>Waiting: %1, the oldest for %2.</source>
        <translation>Wartend: %1, der älteste Eintrag seit %2.</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>This console runs the engine in demo mode only so far; Engine → Start engine says what to set up.</source>
        <translation>Diese Konsole führt den Synchronisierungsdienst bisher nur im Demo-Modus aus; unter „Synchronisierungsdienst → Synchronisierungsdienst starten“ erfahren Sie, was einzurichten ist.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Calls in progress finish, then it logs off SYSPRO.</source>
        <translation>Laufende Aufrufe werden abgeschlossen, danach meldet er sich von SYSPRO ab.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Payments wait in the inbox until it runs again. %1</source>
        <translation>Zahlungen warten in der Eingangswarteschlange, bis er wieder läuft. %1</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>The engine is not running, so it holds no SYSPRO session.</source>
        <translation>Der Synchronisierungsdienst läuft nicht und hat daher keine SYSPRO-Sitzung.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Postings go through this one session.</source>
        <translation>Alle Buchungen laufen über diese eine Sitzung.</translation>
    </message>
    <message>
        <source>Not logged on</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Work is waiting: if this lasts, check the SYSPRO connection under Settings and the alerts.</source>
        <translation>Es gibt wartende Einträge: Hält dies an, prüfen Sie die SYSPRO-Verbindung unter „Einstellungen“ und die Warnmeldungen.</translation>
    </message>
    <message>
        <source>The engine logs on when it has something to post.</source>
        <translation>Der Synchronisierungsdienst meldet sich an, sobald er etwas zu buchen hat.</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>Eingegangene Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1: %2 events received</source>
        <translation>%1: %2 Ereignisse eingegangen</translation>
    </message>
    <message>
        <source>No events in the last hour: they appear here minute by minute.</source>
        <translation>Keine Ereignisse in der letzten Stunde: Sie erscheinen hier Minute für Minute.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>Tag, %1 bis %2</translation>
    </message>
</context>
<context>
    <name>bridge::gui::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <translation>%1 bearbeiten und erneut übertragen</translation>
    </message>
    <message>
        <source>Correct the payment, then replay it through the bridge.</source>
        <translation>Korrigieren Sie die Zahlung, und übertragen Sie sie dann erneut über die Bridge.</translation>
    </message>
    <message>
        <source>The bridge stopped this payment: %1

Correct what is wrong, then replay it.</source>
        <translation>Die Bridge hat diese Zahlung angehalten: %1

Korrigieren Sie, was falsch ist, und übertragen Sie die Zahlung dann erneut.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Korrigierter Wert</translation>
    </message>
    <message>
        <source>Payment fields</source>
        <translation>Zahlungsfelder</translation>
    </message>
    <message>
        <source>%1 (money: needs approval)</source>
        <translation>%1 (Geldbetrag: Freigabe erforderlich)</translation>
    </message>
    <message>
        <source>Why: e.g. the shop sent the customer&apos;s old account code</source>
        <translation>Grund: z. B. hat der Shop die alte Kundenkontonummer gesendet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Change at least one value in the last column.</source>
        <translation>Ändern Sie mindestens einen Wert in der letzten Spalte.</translation>
    </message>
    <message numerus="yes">
        <source>You changed money (%n field(s) changed in all). An approver who is not you must approve the change; the payment is replayed when they do.</source>
        <translation>
            <numerusform>Sie haben einen Geldbetrag geändert (insgesamt %n Feld geändert). Ein anderer Freigeber als Sie muss die Änderung freigeben; danach wird die Zahlung erneut übertragen.</numerusform>
            <numerusform>Sie haben einen Geldbetrag geändert (insgesamt %n Felder geändert). Ein anderer Freigeber als Sie muss die Änderung freigeben; danach wird die Zahlung erneut übertragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed. The payment is replayed at once with the corrections.</source>
        <translation>
            <numerusform>%n Feld geändert. Die Zahlung wird sofort mit den Korrekturen erneut übertragen.</numerusform>
            <numerusform>%n Felder geändert. Die Zahlung wird sofort mit den Korrekturen erneut übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send for &amp;approval</source>
        <translation>Zur &amp;Freigabe senden</translation>
    </message>
    <message>
        <source>&amp;Replay now</source>
        <translation>&amp;Jetzt erneut übertragen</translation>
    </message>
    <message>
        <source>Give a reason first.</source>
        <translation>Geben Sie zuerst eine Begründung an.</translation>
    </message>
</context>
<context>
    <name>bridge::gui::EngineStatusWidget</name>
    <message>
        <source>Sync engine</source>
        <translation>Synchronisierungsdienst</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Engine not set up</source>
        <translation>Synchronisierungsdienst nicht eingerichtet</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Synchronisierungsdienst wird gestartet…</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Synchronisierungsdienst läuft</translation>
    </message>
    <message>
        <source>Engine stopping…</source>
        <translation>Synchronisierungsdienst wird angehalten…</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Synchronisierungsdienst angehalten</translation>
    </message>
    <message>
        <source>This console does not run a sync engine outside demo mode yet. Engine → Start engine says what to set up.</source>
        <translation>Außerhalb des Demo-Modus führt diese Konsole noch keinen Synchronisierungsdienst aus. Unter „Synchronisierungsdienst → Synchronisierungsdienst starten“ erfahren Sie, was einzurichten ist.</translation>
    </message>
    <message>
        <source>The sync engine is starting.</source>
        <translation>Der Synchronisierungsdienst wird gestartet.</translation>
    </message>
    <message>
        <source>The sync engine is running: it takes payments from the inbox and posts them to SYSPRO.</source>
        <translation>Der Synchronisierungsdienst läuft: Er übernimmt Zahlungen aus der Eingangswarteschlange und bucht sie in SYSPRO.</translation>
    </message>
    <message>
        <source>The sync engine is stopping: calls in progress finish, then it logs off SYSPRO.</source>
        <translation>Der Synchronisierungsdienst wird angehalten: Laufende Aufrufe werden abgeschlossen, danach meldet er sich von SYSPRO ab.</translation>
    </message>
    <message>
        <source>The sync engine is stopped. Payments that arrive wait in the inbox until it runs again.</source>
        <translation>Der Synchronisierungsdienst ist angehalten. Eingehende Zahlungen warten in der Eingangswarteschlange, bis er wieder läuft.</translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation>%1 gebucht</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dead letter(s)</source>
        <translation>
            <numerusform>%Ln Dead Letter</numerusform>
            <numerusform>%Ln Dead Letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical alert(s)</source>
        <translation>
            <numerusform>%Ln kritische Warnmeldung</numerusform>
            <numerusform>%Ln kritische Warnmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>SYSPRO logged on</source>
        <translation>Bei SYSPRO angemeldet</translation>
    </message>
    <message>
        <source>SYSPRO not logged on</source>
        <translation>Nicht bei SYSPRO angemeldet</translation>
    </message>
    <message>
        <source>Posted: %1 commands completed (SYSPRO documents and status updates to the shop)</source>
        <translation>Gebucht: %1 Befehle abgeschlossen (SYSPRO-Belege und Statusmeldungen an den Shop)</translation>
    </message>
    <message>
        <source>Waiting: %1 events in the inbox, %2 commands in the outbox (%3 in flight, %4 to be checked in SYSPRO)</source>
        <translation>Wartend: %1 Ereignisse in der Eingangswarteschlange, %2 Befehle in der Ausgangswarteschlange (%3 in Bearbeitung, %4 in SYSPRO zu prüfen)</translation>
    </message>
    <message>
        <source>Oldest waiting item: %1</source>
        <translation>Ältester wartender Eintrag: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Es wartet nichts.</translation>
    </message>
    <message>
        <source>Dead letters: %1 events, %2 commands</source>
        <translation>Dead Letters: %1 Ereignisse, %2 Befehle</translation>
    </message>
    <message>
        <source>Open alerts: %1 (%2 critical)</source>
        <translation>Offene Warnmeldungen: %1 (%2 kritisch)</translation>
    </message>
    <message>
        <source>Nothing to post (declined, rejected or a duplicate): %1 events</source>
        <translation>Nichts zu buchen (abgelehnt, zurückgewiesen oder Duplikat): %1 Ereignisse</translation>
    </message>
</context>
<context>
    <name>bridge::gui::EventLogPage</name>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Alle Komponenten</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <translation>%1 von %2 Einträgen werden angezeigt.</translation>
    </message>
    <message>
        <source>Full log: %1</source>
        <translation>Vollständiges Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>bridge::gui::LogTableModel</name>
    <message>
        <source>Trace</source>
        <translation>Ablaufverfolgung</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>bridge::gui::MainWindow</name>
    <message>
        <source>Opayo–SYSPRO Bridge (demo)</source>
        <translation>Opayo–SYSPRO Bridge (Demo)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo mode: its own data folder, and you can act as any of the demo people to try maker-checker.</source>
        <translation>Demo-Modus: eigener Datenordner, und Sie können als jede der Demo-Personen handeln, um das Vier-Augen-Prinzip auszuprobieren.</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Handeln als:</translation>
    </message>
    <message>
        <source>Demo user</source>
        <translation>Demo-Benutzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot switch user</source>
        <translation>Benutzer kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them before quitting?</source>
        <translation>Die Einstellungen enthalten nicht gespeicherte Änderungen. Möchten Sie sie vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>The database this console uses: %1
Change it under Settings.</source>
        <translation>Die Datenbank, die diese Konsole verwendet: %1
Sie können sie unter „Einstellungen“ ändern.</translation>
    </message>
    <message>
        <source>Cannot start the engine</source>
        <translation>Der Synchronisierungsdienst kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>No engine to start</source>
        <translation>Kein Synchronisierungsdienst zum Starten</translation>
    </message>
    <message>
        <source>So far this console runs the sync engine only in demo mode (bridge-console --demo).

To run it against the real Opayo and SYSPRO, set up both connections and the database under Settings, then run the engine as a service with &quot;bridge-cli run&quot;.

Open Settings now?</source>
        <translation>Bisher führt diese Konsole den Synchronisierungsdienst nur im Demo-Modus aus (bridge-console --demo).

Um ihn mit den echten Systemen Opayo und SYSPRO zu betreiben, richten Sie unter „Einstellungen“ beide Verbindungen und die Datenbank ein, und führen Sie den Synchronisierungsdienst dann mit &quot;bridge-cli run&quot; im Dauerbetrieb aus.

Einstellungen jetzt öffnen?</translation>
    </message>
    <message>
        <source>The engine did not start</source>
        <translation>Start des Synchronisierungsdienstes fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot stop the engine</source>
        <translation>Der Synchronisierungsdienst kann nicht angehalten werden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnmeldungen (%1)</translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation>Keine offenen Warnmeldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s), %1 critical</source>
        <translation>
            <numerusform>%n offene Warnmeldung, davon %1 kritisch</numerusform>
            <numerusform>%n offene Warnmeldungen, davon %1 kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offene Warnmeldung</numerusform>
            <numerusform>%n offene Warnmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical alert</source>
        <translation>Kritische Warnmeldung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
</context>
<context>
    <name>bridge::gui::MappingCanvas</name>
    <message>
        <source>Connections between payment fields and SYSPRO fields</source>
        <translation>Verbindungen zwischen Zahlungsfeldern und SYSPRO-Feldern</translation>
    </message>
</context>
<context>
    <name>bridge::gui::MappingsPage</name>
    <message>
        <source>Sales order</source>
        <translation>Verkaufsauftrag</translation>
    </message>
    <message>
        <source>AR receipt</source>
        <translation>Debitoren-Zahlungseingang</translation>
    </message>
    <message>
        <source>AR credit or debit note</source>
        <translation>Debitoren-Gutschrift oder -Belastungsanzeige</translation>
    </message>
    <message>
        <source>GL journal</source>
        <translation>Hauptbuchjournal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Sales credit note</source>
        <translation>Verkaufsgutschrift</translation>
    </message>
    <message>
        <source>Sales credit note lines</source>
        <translation>Positionen der Verkaufsgutschrift</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>(not made: see the problems)</source>
        <translation>(nicht erzeugt: siehe Probleme)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Payment fields</source>
        <translation>Zahlungsfelder</translation>
    </message>
    <message>
        <source>SYSPRO field</source>
        <translation>SYSPRO-Feld</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Sample result</source>
        <translation>Beispielergebnis</translation>
    </message>
    <message>
        <source>SYSPRO fields</source>
        <translation>SYSPRO-Felder</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Example payment (from the field descriptions)</source>
        <translation>Beispielzahlung (aus den Feldbeschreibungen)</translation>
    </message>
    <message>
        <source>Select a version and press Compare to see what changed since the one before it (or select two versions).</source>
        <translation>Wählen Sie eine Version aus, und klicken Sie auf „Vergleichen“, um zu sehen, was sich seit der vorherigen Version geändert hat (oder wählen Sie zwei Versionen aus).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation>Größerer Text (%1)</translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation>Kleinerer Text (%1)</translation>
    </message>
    <message>
        <source>Show every field at once (Ctrl+0)</source>
        <translation>Alle Felder auf einmal anzeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Find a field</source>
        <translation>Feld suchen</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Save the mapping as a new version (Ctrl+S). Saving does not change what is posted until the version is put to use.</source>
        <translation>Die Zuordnung als neue Version speichern (Strg+S). Das Speichern ändert nichts daran, was gebucht wird, bis die Version aktiviert wird.</translation>
    </message>
    <message>
        <source>What did you change, and why? (kept with the version)</source>
        <translation>Was haben Sie geändert, und warum? (wird mit der Version gespeichert)</translation>
    </message>
    <message>
        <source>Connect the selected fields</source>
        <translation>Ausgewählte Felder verbinden</translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>Copy mapping</source>
        <translation>Zuordnung kopieren</translation>
    </message>
    <message>
        <source>Paste mapping</source>
        <translation>Zuordnung einfügen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Open a sample payment</source>
        <translation>Beispielzahlung öffnen</translation>
    </message>
    <message>
        <source>Payment as JSON (*.json)</source>
        <translation>Zahlung als JSON (*.json)</translation>
    </message>
    <message>
        <source>Sample payment</source>
        <translation>Beispielzahlung</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a payment in JSON: %2.</source>
        <translation>%1 ist keine Zahlung im JSON-Format: %2.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Select a version to compare with the one before it, or two versions.</source>
        <translation>Wählen Sie eine Version aus, um sie mit der vorherigen zu vergleichen, oder wählen Sie zwei Versionen aus.</translation>
    </message>
    <message>
        <source>Use for posting</source>
        <translation>Zum Buchen verwenden</translation>
    </message>
    <message>
        <source>Go back to version %1 for posting payments to SYSPRO? The engine uses it from its next start; the change is recorded in the audit trail.</source>
        <translation>Zum Buchen von Zahlungen in SYSPRO zu Version %1 zurückkehren? Der Synchronisierungsdienst verwendet sie ab seinem nächsten Start; die Änderung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>Use version %1 for posting payments to SYSPRO? The engine uses it from its next start; the change is recorded in the audit trail.</source>
        <translation>Version %1 zum Buchen von Zahlungen in SYSPRO verwenden? Der Synchronisierungsdienst verwendet sie ab seinem nächsten Start; die Änderung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>Export mapping version %1</source>
        <translation>Zuordnungsversion %1 exportieren</translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation>Zuordnung (*.json)</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Zuordnung importieren</translation>
    </message>
    <message>
        <source>Unsaved mapping</source>
        <translation>Nicht gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>The mapping has changes that are not saved as a version. Save them now?</source>
        <translation>Die Zuordnung enthält Änderungen, die nicht als Version gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Saved when leaving the Mappings page.</source>
        <translation>Beim Verlassen der Seite „Zuordnungen“ gespeichert.</translation>
    </message>
    <message>
        <source>Made for each payment where %1.</source>
        <translation>Wird für jede Zahlung erzeugt, bei der gilt: %1.</translation>
    </message>
    <message>
        <source>Made for every payment.</source>
        <translation>Wird für jede Zahlung erzeugt.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>The bridge does not post this field to SYSPRO.</source>
        <translation>Die Bridge bucht dieses Feld nicht in SYSPRO.</translation>
    </message>
    <message>
        <source>address lines</source>
        <translation>Adresszeilen</translation>
    </message>
    <message>
        <source>posting setting</source>
        <translation>Buchungseinstellung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Select a line or a SYSPRO field to see how its value is made.</source>
        <translation>Wählen Sie eine Verbindungslinie oder ein SYSPRO-Feld aus, um zu sehen, wie sein Wert gebildet wird.</translation>
    </message>
    <message>
        <source>SYSPRO requires this field.</source>
        <translation>SYSPRO verlangt dieses Feld.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Nothing is mapped to it yet: drag a payment field onto it, or add a step.</source>
        <translation>Noch nichts zugeordnet: Ziehen Sie ein Zahlungsfeld darauf, oder fügen Sie einen Schritt hinzu.</translation>
    </message>
    <message>
        <source>Made as: %1.</source>
        <translation>Gebildet als: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Add step: %1</source>
        <translation>Schritt hinzufügen: %1</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Remove the mapping of %1</source>
        <translation>Zuordnung von %1 entfernen</translation>
    </message>
    <message>
        <source>Paste the mapping onto %1</source>
        <translation>Zuordnung auf %1 einfügen</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Only an administrator can change the mapping.</source>
        <translation>Nur ein Administrator kann die Zuordnung ändern.</translation>
    </message>
    <message>
        <source>%1 is a group of fields. Drag one of its fields, or add a &quot;Standardise an address&quot; step to the SYSPRO field.</source>
        <translation>%1 ist eine Gruppe von Feldern. Ziehen Sie eines ihrer Felder, oder fügen Sie dem SYSPRO-Feld einen Schritt „Adresse standardisieren“ hinzu.</translation>
    </message>
    <message>
        <source>The bridge does not post %1 to SYSPRO, so a value there would be refused. Choose one of the fields shown in black.</source>
        <translation>Die Bridge bucht %1 nicht in SYSPRO, daher würde ein Wert dort abgelehnt. Wählen Sie eines der schwarz dargestellten Felder.</translation>
    </message>
    <message>
        <source>%1 is a field of each order line; connect it to a field of the lines (for example StockLine), not of the header.</source>
        <translation>%1 ist ein Feld jeder Auftragsposition; verbinden Sie es mit einem Feld der Positionen (zum Beispiel StockLine), nicht des Kopfs.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>No field&apos;s name contains &quot;%1&quot;.</source>
        <translation>Kein Feldname enthält „%1“.</translation>
    </message>
    <message>
        <source>Match %1 of %2; press Enter for the next.</source>
        <translation>Treffer %1 von %2; drücken Sie die Eingabetaste für den nächsten.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>&lt;!-- %1 (%2), from &quot;%3&quot; --&gt;</source>
        <translation>&lt;!-- %1 (%2), aus „%3“ --&gt;</translation>
    </message>
    <message>
        <source>No problems: SYSPRO would accept these documents as far as the bridge can tell.</source>
        <translation>Keine Probleme: SYSPRO würde diese Belege annehmen, soweit die Bridge das beurteilen kann.</translation>
    </message>
    <message>
        <source>Preview up to date.</source>
        <translation>Vorschau aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>Preview up to date: %n problem(s).</source>
        <translation>
            <numerusform>Vorschau aktuell: %n Problem.</numerusform>
            <numerusform>Vorschau aktuell: %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Preview (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Vorschau (%n Problem)</numerusform>
            <numerusform>&amp;Vorschau (%n Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>S&amp;uggestions (%1)</source>
        <translation>Vorschlä&amp;ge (%1)</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>Vorschlä&amp;ge</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag übernehmen</numerusform>
            <numerusform>%n Vorschläge übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>No suggestion is at %1 % or above.</source>
        <translation>Kein Vorschlag erreicht %1 % oder mehr.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Saved as version %1. It is used for posting once an administrator puts it to use (Versions tab).</source>
        <translation>Als Version %1 gespeichert. Sie wird zum Buchen verwendet, sobald ein Administrator sie aktiviert (Registerkarte „Versionen“).</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>Von Version %1 zu Version %2:</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Open version</source>
        <translation>Version öffnen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Start from the template &quot;%1&quot;</source>
        <translation>Mit der Vorlage „%1“ beginnen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Event %1: %2 (%3)</source>
        <translation>Ereignis %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Post payments with the selected version from the engine&apos;s next start (or go back to an older one).</source>
        <translation>Zahlungen ab dem nächsten Start des Synchronisierungsdienstes mit der ausgewählten Version buchen (oder zu einer älteren zurückkehren).</translation>
    </message>
    <message>
        <source>Only an administrator can choose the version used for posting.</source>
        <translation>Nur ein Administrator kann die Version auswählen, mit der gebucht wird.</translation>
    </message>
    <message>
        <source>%1 — version %2, in use for posting</source>
        <translation>%1 — Version %2, zum Buchen aktiv</translation>
    </message>
    <message>
        <source>%1 — version %2 (not in use)</source>
        <translation>%1 — Version %2 (nicht aktiv)</translation>
    </message>
    <message>
        <source>%1 — new, not saved</source>
        <translation>%1 — neu, nicht gespeichert</translation>
    </message>
    <message>
        <source>debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Journal entry %1 (from the payment)</source>
        <translation>Buchung %1 (aus der Zahlung)</translation>
    </message>
    <message>
        <source>Credit note line %1 (from the payment)</source>
        <translation>Gutschriftsposition %1 (aus der Zahlung)</translation>
    </message>
    <message>
        <source>Line %1 (from the payment)</source>
        <translation>Position %1 (aus der Zahlung)</translation>
    </message>
    <message>
        <source>Journal entries (one for each entry of %1)</source>
        <translation>Buchungen (eine je Eintrag von %1)</translation>
    </message>
    <message>
        <source>Credit note lines (one for each entry of %1)</source>
        <translation>Gutschriftspositionen (eine je Eintrag von %1)</translation>
    </message>
    <message>
        <source>Lines (one for each entry of %1)</source>
        <translation>Positionen (eine je Eintrag von %1)</translation>
    </message>
    <message>
        <source>Journal entries, group %1 (one for each entry of %2)</source>
        <translation>Buchungen, Gruppe %1 (eine je Eintrag von %2)</translation>
    </message>
    <message>
        <source>Credit note lines, group %1 (one for each entry of %2)</source>
        <translation>Gutschriftspositionen, Gruppe %1 (eine je Eintrag von %2)</translation>
    </message>
    <message>
        <source>Lines, group %1 (one for each entry of %2)</source>
        <translation>Positionen, Gruppe %1 (eine je Eintrag von %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add a line made from the payment</source>
        <translation>Aus der Zahlung gebildete Position hinzufügen</translation>
    </message>
    <message>
        <source>Add lines from %1 again</source>
        <translation>Positionen aus %1 erneut hinzufügen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>%1 is a field of each order line, and this line is made from the payment itself, not from its order lines. Connect a field of the payment.</source>
        <translation>%1 ist ein Feld jeder Auftragsposition, und diese Position wird aus der Zahlung selbst gebildet, nicht aus ihren Auftragspositionen. Verbinden Sie ein Feld der Zahlung.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 (%4)</source>
        <translation>%1 von %2 in %3 (%4)</translation>
    </message>
    <message>
        <source>Add line group %1 to %2</source>
        <translation>Positionsgruppe %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 — changed from version %2 (in use for posting), not saved</source>
        <translation>%1 — geändert gegenüber Version %2 (zum Buchen aktiv), nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 — changed from version %2 (not in use), not saved</source>
        <translation>%1 — geändert gegenüber Version %2 (nicht aktiv), nicht gespeichert</translation>
    </message>
    <message>
        <source>Open a SYSPRO document keyed for the sample</source>
        <translation>SYSPRO-Beleg zur Beispielzahlung öffnen</translation>
    </message>
    <message>
        <source>SYSPRO document as XML (*.xml);;All files (*)</source>
        <translation>SYSPRO-Beleg als XML (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Example document</source>
        <translation>Beispielbeleg</translation>
    </message>
    <message>
        <source>The mapping has no SYSPRO business object to compare with.</source>
        <translation>Die Zuordnung enthält kein SYSPRO-Geschäftsobjekt, mit dem verglichen werden kann.</translation>
    </message>
    <message>
        <source>It fills no field of %1. Open the XML of a document of one of them, as SYSPRO writes it.</source>
        <translation>Er füllt kein Feld von %1. Öffnen Sie das XML eines Belegs eines dieser Objekte, so wie SYSPRO es schreibt.</translation>
    </message>
    <message>
        <source>%1 cannot be compared with the payment: %2</source>
        <translation>%1 kann nicht mit der Zahlung verglichen werden: %2</translation>
    </message>
    <message>
        <source>%1 was keyed for the sample payment before, so it is no longer compared. Open the SYSPRO document of this sample to compare again.</source>
        <translation>%1 wurde für die vorige Beispielzahlung erfasst und wird daher nicht mehr verglichen. Öffnen Sie den SYSPRO-Beleg dieser Beispielzahlung, um wieder zu vergleichen.</translation>
    </message>
    <message>
        <source>Have a SYSPRO document that someone keyed for this sample payment? Open its XML and the suggestions compare its values with the payment&apos;s: the surest way to tell fields apart.</source>
        <translation>Gibt es einen SYSPRO-Beleg, den jemand für diese Beispielzahlung erfasst hat? Öffnen Sie sein XML, und die Zuordnungsvorschläge vergleichen seine Werte mit denen der Zahlung: der sicherste Weg, Felder auseinanderzuhalten.</translation>
    </message>
    <message>
        <source>; not its fields, left out: %1</source>
        <translation>; keine seiner Felder, ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n field(s) filled</source>
        <translation>
            <numerusform>%1 (%2, %n Feld gefüllt</numerusform>
            <numerusform>%1 (%2, %n Felder gefüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1. Suggestions whose payment value is what the document holds are surest.</source>
        <translation>Vergleich mit %1. Am sichersten sind Vorschläge, deren Zahlungswert im Beleg steht.</translation>
    </message>
</context>
<context>
    <name>bridge::gui::MonitorDetailView</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisiert</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Posted to SYSPRO</source>
        <translation>In SYSPRO gebucht</translation>
    </message>
    <message>
        <source>Shop told</source>
        <translation>Shop benachrichtigt</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <source>Received (card numbers masked)</source>
        <translation>Empfangen (Kartennummern maskiert)</translation>
    </message>
    <message>
        <source>Canonical payment</source>
        <translation>Kanonische Zahlung</translation>
    </message>
    <message>
        <source>Mapped commands</source>
        <translation>Zugeordnete Befehle</translation>
    </message>
    <message>
        <source>SYSPRO request</source>
        <translation>SYSPRO-Anfrage</translation>
    </message>
    <message>
        <source>SYSPRO response</source>
        <translation>SYSPRO-Antwort</translation>
    </message>
    <message>
        <source>Select a payment to see its way into SYSPRO.</source>
        <translation>Wählen Sie eine Zahlung aus, um ihren Weg nach SYSPRO zu sehen.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <extracomment>%1 is a time of day (14:02:11.120)</extracomment>
        <translation>angehalten um %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Marked resolved by %1 at %2: %3</source>
        <translation>Als geklärt markiert von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Edit %1 by %2 waits for an approver: %3 (reason: %4)</source>
        <translation>Änderung %1 von %2 wartet auf einen Freigeber: %3 (Begründung: %4)</translation>
    </message>
    <message>
        <source>(not normalised yet)</source>
        <translation>(noch nicht normalisiert)</translation>
    </message>
    <message>
        <source>Corrections applied when replayed: %1</source>
        <translation>Bei erneuter Übertragung angewendete Korrekturen: %1</translation>
    </message>
    <message>
        <source>(a status update to the shop, not a SYSPRO call)</source>
        <translation>(eine Statusmeldung an den Shop, kein SYSPRO-Aufruf)</translation>
    </message>
    <message>
        <source>Not sent yet. It would be:
%1</source>
        <translation>Noch nicht gesendet. Vorgesehen ist:
%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No document. The answer was: %1</source>
        <translation>Kein Beleg. Die Antwort lautete: %1</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(noch keine Antwort)</translation>
    </message>
    <message>
        <source>(nothing mapped: no commands)</source>
        <translation>(nichts zugeordnet: keine Befehle)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
</context>
<context>
    <name>bridge::gui::MonitorModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Wird gebucht</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Dead Letter</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Risk score %1 of 100 (details in the canonical payment)</source>
        <translation>Risikowert %1 von 100 (Details in der kanonischen Zahlung)</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Diese Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <source>vendorTxCode</source>
        <translation>vendorTxCode</translation>
    </message>
    <message>
        <source>Opayo transaction</source>
        <translation>Opayo-Transaktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SYSPRO documents</source>
        <translation>SYSPRO-Belege</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>bridge::gui::MonitorPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Repeats of known payments</source>
        <translation>Wiederholte Meldungen bekannter Zahlungen</translation>
    </message>
    <message>
        <source>Every payment and refund once: a payment reported again (by Opayo or the Reporting API&apos;s safety net) is listed under &quot;Repeats of known payments&quot;.</source>
        <translation>Jede Zahlung und Erstattung einmal: Eine erneut gemeldete Zahlung (von Opayo oder über das Sicherheitsnetz der Reporting-API) wird unter „Wiederholte Meldungen bekannter Zahlungen“ aufgeführt.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Show only the open dead letters: payments the bridge stopped for a reason a person must fix (any time).</source>
        <translation>Nur offene Dead Letters anzeigen: Zahlungen, die die Bridge aus einem Grund angehalten hat, den eine Person beheben muss (unabhängig vom Zeitraum).</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Try what waits for its next attempt now, instead of after its back-off</source>
        <translation>Wartende Einträge sofort erneut versuchen, statt die Wartezeit abzuwarten</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Erneut &amp;übertragen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Send a dead letter through again: the event from its start, or its SYSPRO commands after a look-up</source>
        <translation>Einen Dead Letter erneut verarbeiten: das Ereignis von Beginn an oder seine SYSPRO-Befehle nach einer Suche in SYSPRO</translation>
    </message>
    <message>
        <source>&amp;Edit and replay…</source>
        <translation>B&amp;earbeiten und erneut übertragen…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Correct the payment and replay it; a change to money waits for an approver</source>
        <translation>Zahlung korrigieren und erneut übertragen; eine Änderung an Geldbeträgen wartet auf einen Freigeber</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Klären…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark the dead letter resolved: say how it was dealt with outside the bridge</source>
        <translation>Dead Letter als geklärt markieren: angeben, wie er außerhalb der Bridge erledigt wurde</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Approve or reject the edit that waits for a second person</source>
        <translation>Änderung, die auf eine zweite Person wartet, freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the selected rows&apos; vendorTxCode, Opayo transaction and SYSPRO documents</source>
        <translation>vendorTxCode, Opayo-Transaktion und SYSPRO-Belege der ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export every row the filter matches to a CSV file</source>
        <translation>Alle Zeilen, die dem Filter entsprechen, in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>The period ends before it starts: set &quot;to&quot; after &quot;from&quot;.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: Setzen Sie „Bis“ nach „Von“.</translation>
    </message>
    <message>
        <source>Open dead letters, any time</source>
        <translation>Offene Dead Letters, gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today, %1, since 00:00</source>
        <translation>Heute, %1, seit 00:00</translation>
    </message>
    <message>
        <source>The last hour, since %1</source>
        <translation>Letzte Stunde, seit %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <source>The last 7 days, since %1</source>
        <translation>Letzte 7 Tage, seit %1</translation>
    </message>
    <message>
        <source>The last 30 days, since %1</source>
        <translation>Letzte 30 Tage, seit %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payments selected. Copy or export them, or select one to see its way into SYSPRO.</source>
        <translation>
            <numerusform>%n Zahlung ausgewählt. Kopieren oder exportieren Sie sie, oder wählen Sie eine einzelne Zahlung aus, um ihren Weg nach SYSPRO zu sehen.</numerusform>
            <numerusform>%n Zahlungen ausgewählt. Kopieren oder exportieren Sie sie, oder wählen Sie eine einzelne Zahlung aus, um ihren Weg nach SYSPRO zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its way into SYSPRO: its stages, what came in, what was posted and what SYSPRO answered.</source>
        <translation>Wählen Sie eine Zahlung aus, um ihren Weg nach SYSPRO zu sehen: ihre Verarbeitungsschritte, was eingegangen ist, was gebucht wurde und was SYSPRO geantwortet hat.</translation>
    </message>
    <message>
        <source>Event %1 is no longer in the database.</source>
        <translation>Ereignis %1 ist nicht mehr in der Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a payment that waits for its next try.</source>
        <translation>Wählen Sie eine Zahlung aus, die auf ihren nächsten Versuch wartet.</translation>
    </message>
    <message>
        <source>Select a dead letter (or an ignored event) to send it through again.</source>
        <translation>Wählen Sie einen Dead Letter (oder ein ignoriertes Ereignis) aus, um ihn erneut zu übertragen.</translation>
    </message>
    <message>
        <source>An edit of this payment waits for an approver.</source>
        <translation>Eine Änderung dieser Zahlung wartet auf einen Freigeber.</translation>
    </message>
    <message>
        <source>Select a payment the bridge stopped before posting (a dead letter) to correct it.</source>
        <translation>Wählen Sie eine Zahlung aus, die die Bridge vor der Buchung angehalten hat (einen Dead Letter), um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Select an open dead letter.</source>
        <translation>Wählen Sie einen offenen Dead Letter aus.</translation>
    </message>
    <message>
        <source>Select a payment whose edit waits for approval.</source>
        <translation>Wählen Sie eine Zahlung aus, deren Änderung auf Freigabe wartet.</translation>
    </message>
    <message>
        <source>Select one or more payments.</source>
        <translation>Wählen Sie eine oder mehrere Zahlungen aus.</translation>
    </message>
    <message>
        <source>Nothing to export: no payment matches the filter.</source>
        <translation>Nichts zu exportieren: Keine Zahlung entspricht dem Filter.</translation>
    </message>
    <message>
        <source>No open dead letters. Nothing needs fixing.</source>
        <translation>Keine offenen Dead Letters. Es ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>No payments match: %1. Widen the period or clear the filters.</source>
        <translation>Keine passenden Zahlungen: %1. Erweitern Sie den Zeitraum, oder setzen Sie die Filter zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment event(s).</source>
        <translation>
            <numerusform>%n Zahlungsereignis.</numerusform>
            <numerusform>%n Zahlungsereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: updates as the engine works.</source>
        <translation>Live: Wird laufend aktualisiert, während der Synchronisierungsdienst arbeitet.</translation>
    </message>
    <message>
        <source>Looks for changes every 5 seconds (no engine in this console).</source>
        <translation>Sucht alle 5 Sekunden nach Änderungen (kein Synchronisierungsdienst in dieser Konsole).</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>○ Polling</source>
        <translation>○ Abfrage</translation>
    </message>
    <message>
        <source>The engine in this console tells the monitor about every change.</source>
        <translation>Der Synchronisierungsdienst in dieser Konsole meldet dem Monitor jede Änderung.</translation>
    </message>
    <message>
        <source>The monitor reads the database every 5 seconds.</source>
        <translation>Der Monitor liest die Datenbank alle 5 Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Dead letters only (%1)</source>
        <translation>N&amp;ur Dead Letters (%1)</translation>
    </message>
    <message>
        <source>&amp;Dead letters only</source>
        <translation>N&amp;ur Dead Letters</translation>
    </message>
    <message>
        <source>Cannot retry</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Event %1: %n item(s) tried again now.</source>
        <translation>
            <numerusform>Ereignis %1: %n Eintrag wird jetzt erneut versucht.</numerusform>
            <numerusform>Ereignis %1: %n Einträge werden jetzt erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replay</source>
        <translation>Erneute Übertragung nicht möglich</translation>
    </message>
    <message>
        <source>Event %1 replayed.</source>
        <translation>Ereignis %1 wurde erneut übertragen.</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Bearbeiten nicht möglich</translation>
    </message>
    <message>
        <source>Cannot edit and replay</source>
        <translation>Bearbeiten und erneute Übertragung nicht möglich</translation>
    </message>
    <message>
        <source>Event %1 corrected and replayed.</source>
        <translation>Ereignis %1 wurde korrigiert und erneut übertragen.</translation>
    </message>
    <message>
        <source>Event %1: the change to money waits for an approver (request %2).</source>
        <translation>Ereignis %1: Die Änderung am Geldbetrag wartet auf einen Freigeber (Anfrage %2).</translation>
    </message>
    <message>
        <source>Cannot mark resolved</source>
        <translation>Als geklärt markieren nicht möglich</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als geklärt markieren</translation>
    </message>
    <message>
        <source>How was this dead letter dealt with? (e.g. &quot;posted by hand as sales order 000123&quot;)
Nothing is posted for it, and commands held behind it stay held.</source>
        <translation>Wie wurde dieser Dead Letter erledigt? (z. B. „manuell als Kundenauftrag 000123 gebucht“)
Es wird nichts dafür gebucht, und dahinter zurückgehaltene Befehle bleiben zurückgehalten.</translation>
    </message>
    <message>
        <source>Event %1 marked resolved.</source>
        <translation>Ereignis %1 wurde als geklärt markiert.</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>Freigabe nicht möglich</translation>
    </message>
    <message>
        <source>Approve or reject edit %1</source>
        <translation>Änderung %1 freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1 asks to replay %2 with these corrections:
%3

Reason: %4</source>
        <translation>%1 möchte %2 mit diesen Korrekturen erneut übertragen:
%3

Begründung: %4</translation>
    </message>
    <message>
        <source>Comment (needed to reject)</source>
        <translation>Kommentar (für Ablehnung erforderlich)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Approve and replay</source>
        <translation>&amp;Freigeben und erneut übertragen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translation>Ablehnen nicht möglich</translation>
    </message>
    <message>
        <source>Edit %1 approved; the payment is replayed.</source>
        <translation>Änderung %1 freigegeben; die Zahlung wird erneut übertragen.</translation>
    </message>
    <message>
        <source>Edit %1 rejected.</source>
        <translation>Änderung %1 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reference line(s) copied.</source>
        <translation>
            <numerusform>%n Referenzzeile kopiert.</numerusform>
            <numerusform>%n Referenzzeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation>Zahlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n payment event(s)…</source>
        <translation>
            <numerusform>%n Zahlungsereignis wird exportiert…</numerusform>
            <numerusform>%n Zahlungsereignisse werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation>%1 kann nicht fertiggestellt werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment event(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zahlungsereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Zahlungsereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Any currency; amounts are read in each currency&apos;s own units</source>
        <translation>Jede Währung; Beträge gelten in der jeweiligen Währung</translation>
    </message>
</context>
<context>
    <name>bridge::gui::ReconcileReport</name>
    <message>
        <source>There is no reconciliation run %1 to report on; choose one of the list.</source>
        <translation>Es gibt keinen Abstimmungslauf %1, über den berichtet werden könnte; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Settlement reconciliation</source>
        <translation>Abrechnungsabstimmung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Settlement days: %1.</source>
        <translation>Abrechnungstage: %1.</translation>
    </message>
    <message>
        <source>Run %1 by %2 on %3 (UTC).</source>
        <translation>Lauf %1 von %2 am %3 (UTC).</translation>
    </message>
    <message>
        <source>Scope: the ledger entries in no batch.</source>
        <translation>Umfang: die Hauptbuchbuchungen ohne Abrechnungslauf.</translation>
    </message>
    <message>
        <source>Scope: batch %1.</source>
        <translation>Umfang: Abrechnungslauf %1.</translation>
    </message>
    <message>
        <source>%1 settlement lines, %2 matched; %3 ledger entries; %4 discrepancies open now.</source>
        <translation>%1 Abrechnungszeilen, %2 abgeglichen; %3 Hauptbuchbuchungen; %4 Abweichungen derzeit offen.</translation>
    </message>
    <message>
        <source>Exported by %1 on %2 (UTC).</source>
        <translation>Exportiert von %1 am %2 (UTC).</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Abrechnungsläufe</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Acquirer</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>(in no batch)</source>
        <translation>(in keinem Abrechnungslauf)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Totals by class</source>
        <translation>Summen nach Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Discrepancies (%1)</source>
        <translation>Abweichungen (%1)</translation>
    </message>
    <message>
        <source>None: every line and entry matched.</source>
        <translation>Keine: Jede Zeile und jede Buchung wurde abgeglichen.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>VendorTxCode</source>
        <translation>VendorTxCode</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>%1 more discrepancies are not listed here; the CSV export has every row.</source>
        <translation>%1 weitere Abweichungen sind hier nicht aufgeführt; der CSV-Export enthält alle Zeilen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation>%1 kann nicht abgeschlossen werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Settlement reconciliation, run %1</source>
        <translation>Abstimmung der Abrechnung, Lauf %1</translation>
    </message>
</context>
<context>
    <name>bridge::gui::ReconcileResultsModel</name>
    <message>
        <source>Matched</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Proposed by %1: %2</source>
        <translation>Vorgeschlagen von %1: %2</translation>
    </message>
    <message>
        <source>Open (proposal rejected by %1)</source>
        <translation>Offen (Vorschlag abgelehnt von %1)</translation>
    </message>
    <message>
        <source>Approved by %1, posted: %2 %3</source>
        <translation>Genehmigt von %1, gebucht: %2 %3</translation>
    </message>
    <message>
        <source>Approved by %1, posting failed: %2</source>
        <translation>Genehmigt von %1, Buchung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Approved by %1, posting to SYSPRO</source>
        <translation>Genehmigt von %1, wird in SYSPRO gebucht</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>Settlement line</source>
        <translation>Abrechnungszeile</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Hauptbuchbuchung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Rückbelastung</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Opayo transaction</source>
        <translation>Opayo-Transaktion</translation>
    </message>
    <message>
        <source>VendorTxCode</source>
        <translation>VendorTxCode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Abgeglichen über</translation>
    </message>
    <message>
        <source>Other side</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <source>Suggested resolution</source>
        <translation>Vorgeschlagene Klärung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>bridge::gui::ReconciliationPage</name>
    <message>
        <source>in batch %1</source>
        <translation>im Abrechnungslauf %1</translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation>Klärung vorschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4). An approver other than you decides; approving posts it to SYSPRO through the engine.</source>
        <translation>%1 bei %2 %3 (%4). Ein anderer Genehmiger als Sie entscheidet; mit der Genehmigung wird die Klärung über den Synchronisierungsdienst in SYSPRO gebucht.</translation>
    </message>
    <message>
        <source>settlement line</source>
        <translation>Abrechnungszeile</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>Hauptbuchbuchung</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Klärung:</translation>
    </message>
    <message>
        <source>The difference, %1</source>
        <translation>Die Differenz, %1</translation>
    </message>
    <message>
        <source>The row&apos;s amount</source>
        <translation>Der Betrag der Zeile</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>The class&apos;s default</source>
        <translation>Standardwert der Klasse</translation>
    </message>
    <message>
        <source>&amp;Debit ledger code:</source>
        <translation>&amp;Soll-Sachkonto:</translation>
    </message>
    <message>
        <source>C&amp;redit ledger code:</source>
        <translation>&amp;Haben-Sachkonto:</translation>
    </message>
    <message>
        <source>Opayo transaction id of the ledger entry</source>
        <translation>Opayo-Transaktions-ID der Hauptbuchbuchung</translation>
    </message>
    <message>
        <source>&amp;Confirmed entry:</source>
        <translation>Bestätigte B&amp;uchung:</translation>
    </message>
    <message>
        <source>Why this resolution (needed; the approver reads it)</source>
        <translation>Begründung der Klärung (erforderlich; der Genehmiger liest sie)</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Say in the comment why this resolution is right: it is needed, and the approver reads it.</source>
        <translation>Begründen Sie im Kommentar, warum diese Klärung richtig ist: Die Begründung ist erforderlich, und der Genehmiger liest sie.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Acquirer</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation>Offene Abweichungen</translation>
    </message>
    <message>
        <source>Settlement journal</source>
        <translation>Abrechnungsbuchung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Lines and entries</source>
        <translation>Zeilen und Buchungen</translation>
    </message>
    <message>
        <source>Settlement lines</source>
        <translation>Abrechnungszeilen</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Hauptbuchbuchungen</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Discrepancies only</source>
        <translation>Nur Abweichungen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2, %n open</source>
        <translation>
            <numerusform>Lauf %1: %2, %n offen</numerusform>
            <numerusform>Lauf %1: %2, %n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>A preparer runs it: %1</source>
        <translation>Ein Vorbereiter führt sie aus: %1</translation>
    </message>
    <message>
        <source>Run %1 by %2 on %3: %4 settlement lines, %5 matched; %6 ledger entries.</source>
        <translation>Lauf %1 von %2 am %3: %4 Abrechnungszeilen, %5 abgeglichen; %6 Hauptbuchbuchungen.</translation>
    </message>
    <message>
        <source>(entries in no batch)</source>
        <translation>(Buchungen ohne Abrechnungslauf)</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation>Nicht vorgeschlagen</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>Vorgeschlagen von %1</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Abgelehnt von %1</translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation>Gebucht: %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation>Abgeschlossen von %1</translation>
    </message>
    <message>
        <source>This run found no settlement lines and no ledger entries for its days: nothing was settled or imported for them yet. Import the statements (Reporting API or settlement files), then run again.</source>
        <translation>Dieser Lauf hat für seine Tage keine Abrechnungszeilen und keine Hauptbuchbuchungen gefunden: Für diese Tage wurde noch nichts abgerechnet oder importiert. Importieren Sie die Abrechnungen (Reporting API oder Abrechnungsdateien) und führen Sie den Lauf dann erneut aus.</translation>
    </message>
    <message>
        <source>No rows match the filter. Clear filters shows every row of the run.</source>
        <translation>Keine Zeile entspricht dem Filter. „Filter zurücksetzen“ zeigt alle Zeilen des Laufs.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); select one to see both sides and why.</source>
        <translation>
            <numerusform>%n Zeile; wählen Sie sie aus, um beide Seiten und die Begründung zu sehen.</numerusform>
            <numerusform>%n Zeilen; wählen Sie eine aus, um beide Seiten und die Begründung zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading both sides…</source>
        <translation>Beide Seiten werden gelesen…</translation>
    </message>
    <message>
        <source>%1 rows selected: approve their proposals together (one class at a time).</source>
        <translation>%1 Zeilen ausgewählt: Genehmigen Sie ihre Vorschläge gemeinsam (jeweils nur eine Klasse).</translation>
    </message>
    <message>
        <source>Select a row to see both sides and why they matched or not.</source>
        <translation>Wählen Sie eine Zeile aus, um beide Seiten zu sehen und warum sie abgeglichen wurden oder nicht.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Abgerechnet am</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Opayo transaction</source>
        <translation>Opayo-Transaktion</translation>
    </message>
    <message>
        <source>VendorTxCode</source>
        <translation>VendorTxCode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>endet auf %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Opayo Reporting API</source>
        <translation>Opayo Reporting API</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>No settlement line: no batch of the run&apos;s days holds this ledger entry.</source>
        <translation>Keine Abrechnungszeile: Kein Abrechnungslauf der Tage dieses Laufs enthält diese Hauptbuchbuchung.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>SYSPRO documents</source>
        <translation>SYSPRO-Belege</translation>
    </message>
    <message>
        <source>None recorded for this transaction.</source>
        <translation>Für diese Transaktion sind keine erfasst.</translation>
    </message>
    <message>
        <source>No ledger entry: the bridge never recorded this transaction.</source>
        <translation>Keine Hauptbuchbuchung: Die Bridge hat diese Transaktion nie erfasst.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Klärungen</translation>
    </message>
    <message>
        <source>%1 proposed %2 on %3: &quot;%4&quot;</source>
        <translation>%1 hat am %3 %2 vorgeschlagen: „%4“</translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4</source>
        <translation>%1 von %2 am %3%4</translation>
    </message>
    <message>
        <source>Posted to SYSPRO as %1 %2.</source>
        <translation>In SYSPRO gebucht als %1 %2.</translation>
    </message>
    <message>
        <source>Posting problem: %1</source>
        <translation>Buchungsproblem: %1</translation>
    </message>
    <message>
        <source>Imports what is new for these days, then matches every settlement line against the ledger and SYSPRO.</source>
        <translation>Importiert die neuen Daten für diese Tage und gleicht dann jede Abrechnungszeile mit dem Hauptbuch und SYSPRO ab.</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>&amp;Genehmigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Select a discrepancy to propose a resolution, or rows with proposals to approve them.</source>
        <translation>Wählen Sie eine Abweichung aus, um eine Klärung vorzuschlagen, oder Zeilen mit Vorschlägen, um diese zu genehmigen.</translation>
    </message>
    <message>
        <source>This row matched: there is nothing to resolve.</source>
        <translation>Diese Zeile ist abgeglichen: Es gibt nichts zu klären.</translation>
    </message>
    <message>
        <source>Some selected rows have no proposal waiting: select only rows with a proposal to approve.</source>
        <translation>Für einige ausgewählte Zeilen wartet kein Vorschlag: Wählen Sie zum Genehmigen nur Zeilen mit einem Vorschlag aus.</translation>
    </message>
    <message>
        <source>The selected proposals are of %1 classes (%2); approve one class at a time.</source>
        <translation>Die ausgewählten Vorschläge gehören zu %1 Klassen (%2); genehmigen Sie jeweils nur eine Klasse.</translation>
    </message>
    <message>
        <source>Resolved: approved by %1.</source>
        <translation>Geklärt: genehmigt von %1.</translation>
    </message>
    <message>
        <source>Select a batch to see only its rows, to post its settlement journal or to close it.</source>
        <translation>Wählen Sie einen Abrechnungslauf aus, um nur seine Zeilen zu sehen, seine Abrechnungsbuchung zu buchen oder ihn abzuschließen.</translation>
    </message>
    <message>
        <source>Ledger entries no settlement line took: nothing to post or close.</source>
        <translation>Hauptbuchbuchungen, die keiner Abrechnungszeile zugeordnet wurden: Es gibt nichts zu buchen oder abzuschließen.</translation>
    </message>
    <message>
        <source>Settlement journal proposed by %1, waiting for an approver.</source>
        <translation>Abrechnungsbuchung vorgeschlagen von %1, wartet auf einen Genehmiger.</translation>
    </message>
    <message>
        <source>Cannot propose a resolution</source>
        <translation>Klärung kann nicht vorgeschlagen werden</translation>
    </message>
    <message>
        <source>Select the one discrepancy to resolve first.</source>
        <translation>Wählen Sie zuerst die Abweichung aus, die geklärt werden soll.</translation>
    </message>
    <message>
        <source>Say in the comment why this resolution is right: the approver reads it.</source>
        <translation>Begründen Sie im Kommentar, warum diese Klärung richtig ist: Der Genehmiger liest die Begründung.</translation>
    </message>
    <message>
        <source>Resolution %1 proposed (%2); an approver other than you decides.</source>
        <translation>Klärung %1 vorgeschlagen (%2); ein anderer Genehmiger als Sie entscheidet.</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>Genehmigen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translation>Ablehnen nicht möglich</translation>
    </message>
    <message>
        <source>A selected row has no proposal waiting for a decision; select only rows whose status says &quot;Proposed&quot;.</source>
        <translation>Für eine ausgewählte Zeile wartet kein Vorschlag auf eine Entscheidung; wählen Sie nur Zeilen aus, deren Status „Vorgeschlagen“ lautet.</translation>
    </message>
    <message>
        <source>Select the rows whose proposals to decide on first.</source>
        <translation>Wählen Sie zuerst die Zeilen aus, über deren Vorschläge Sie entscheiden möchten.</translation>
    </message>
    <message>
        <source>Only proposals of one class can be approved together; the selection holds %1. Filter the grid by one state first.</source>
        <translation>Nur Vorschläge einer Klasse können gemeinsam genehmigt werden; die Auswahl enthält %1. Filtern Sie die Tabelle zuerst nach einem Zustand.</translation>
    </message>
    <message>
        <source>Reject one proposal at a time.</source>
        <translation>Lehnen Sie jeweils nur einen Vorschlag ab.</translation>
    </message>
    <message>
        <source>Say in the comment why the proposal is rejected: its preparer reads it.</source>
        <translation>Begründen Sie im Kommentar, warum der Vorschlag abgelehnt wird: Sein Vorbereiter liest die Begründung.</translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) approved; the engine posts them to SYSPRO.</source>
        <translation>
            <numerusform>%n Klärung genehmigt; der Synchronisierungsdienst bucht sie in SYSPRO.</numerusform>
            <numerusform>%n Klärungen genehmigt; der Synchronisierungsdienst bucht sie in SYSPRO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) approved.</source>
        <translation>
            <numerusform>%n Klärung genehmigt.</numerusform>
            <numerusform>%n Klärungen genehmigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1 rejected; the item is open again.</source>
        <translation>Vorschlag %1 abgelehnt; der Posten ist wieder offen.</translation>
    </message>
    <message>
        <source>Cannot propose the settlement journal</source>
        <translation>Abrechnungsbuchung kann nicht vorgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot approve the settlement journal</source>
        <translation>Abrechnungsbuchung kann nicht genehmigt werden</translation>
    </message>
    <message>
        <source>Cannot close the batch</source>
        <translation>Abrechnungslauf kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Select a settlement batch in the batches table first.</source>
        <translation>Wählen Sie zuerst einen Abrechnungslauf in der Tabelle der Abrechnungsläufe aus.</translation>
    </message>
    <message>
        <source>Batch %1 has no settlement journal waiting for approval; propose it first.</source>
        <translation>Für Abrechnungslauf %1 wartet keine Abrechnungsbuchung auf Genehmigung; schlagen Sie sie zuerst vor.</translation>
    </message>
    <message>
        <source>Write a comment for batch %1&apos;s settlement journal first (next to the buttons): the approver reads it.</source>
        <translation>Schreiben Sie zuerst einen Kommentar zur Abrechnungsbuchung von Abrechnungslauf %1 (neben den Schaltflächen): Der Genehmiger liest ihn.</translation>
    </message>
    <message>
        <source>Settlement journal of batch %1 (%2) proposed; an approver other than you decides.</source>
        <translation>Abrechnungsbuchung von Abrechnungslauf %1 (%2) vorgeschlagen; ein anderer Genehmiger als Sie entscheidet.</translation>
    </message>
    <message>
        <source>Settlement journal of batch %1 (%2) approved; the engine posts it to SYSPRO.</source>
        <translation>Abrechnungsbuchung von Abrechnungslauf %1 (%2) genehmigt; der Synchronisierungsdienst bucht sie in SYSPRO.</translation>
    </message>
    <message>
        <source>Batch %1 closed.</source>
        <translation>Abrechnungslauf %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot run the reconciliation</source>
        <translation>Abstimmung kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>The last settlement day (%1) is before the first (%2); swap them.</source>
        <translation>Der letzte Abrechnungstag (%1) liegt vor dem ersten (%2); tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>Reconciling settlement days %1 to %2: importing what is new, then matching…</source>
        <translation>Abstimmung der Abrechnungstage %1 bis %2: Neue Daten werden importiert, dann wird abgeglichen…</translation>
    </message>
    <message>
        <source>The reconciliation did not run</source>
        <translation>Die Abstimmung wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>Run %1: %2 settlement lines, %3 matched; %4 ledger entries.</source>
        <translation>Lauf %1: %2 Abrechnungszeilen, %3 abgeglichen; %4 Hauptbuchbuchungen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose a reconciliation run first.</source>
        <translation>Wählen Sie zuerst einen Abstimmungslauf aus.</translation>
    </message>
    <message>
        <source>Export the reconciliation report</source>
        <translation>Abstimmungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export the reconciliation rows</source>
        <translation>Abstimmungszeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message numerus="yes">
        <source>Report with %n discrepancy(ies) written to %1.</source>
        <translation>
            <numerusform>Bericht mit %n Abweichung in %1 geschrieben.</numerusform>
            <numerusform>Bericht mit %n Abweichungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No reconciliation has run yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reconciliation compares what Opayo settled with what the bridge recorded and SYSPRO booked. It needs the settlement data first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the Opayo Reporting API (its user and password under Settings → Opayo), downloaded daily, or&lt;/li&gt;&lt;li&gt;the acquirer&apos;s settlement files (CSV): put them in the folder named by the setting &lt;i&gt;settlement/folder&lt;/i&gt;, have them fetched over SFTP (&lt;i&gt;settlement/sftpHost&lt;/i&gt;), or import one on the command line with &lt;code&gt;bridge-cli reconcile --file statement.csv&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then choose the settlement days above and press &lt;b&gt;Run reconciliation now&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es wurde noch keine Abstimmung ausgeführt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Abstimmung vergleicht, was Opayo abgerechnet hat, mit dem, was die Bridge erfasst und SYSPRO gebucht hat. Dafür werden zuerst die Abrechnungsdaten benötigt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;die Opayo Reporting API (Benutzer und Kennwort unter „Einstellungen → Opayo“), täglich abgerufen, oder&lt;/li&gt;&lt;li&gt;die Abrechnungsdateien (CSV) des Acquirers: Legen Sie sie in den Ordner, den die Einstellung &lt;i&gt;settlement/folder&lt;/i&gt; nennt, lassen Sie sie per SFTP abrufen (&lt;i&gt;settlement/sftpHost&lt;/i&gt;), oder importieren Sie eine Datei auf der Kommandozeile mit &lt;code&gt;bridge-cli reconcile --file statement.csv&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Wählen Sie dann oben die Abrechnungstage aus, und klicken Sie auf &lt;b&gt;Abstimmung jetzt ausführen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changed since this run (run the reconciliation again to update the grid and the evidence):</source>
        <translation>Seit diesem Lauf geändert (führen Sie die Abstimmung erneut aus, um die Tabelle und die Begründung zu aktualisieren):</translation>
    </message>
    <message>
        <source>Reading the settlement sources&apos; settings and keychain entries…</source>
        <translation>Einstellungen und Schlüsselbund-Einträge der Abrechnungsquellen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundDialog</name>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>Payment %1, customer %2
Opayo transaction %3
Paid %4 · refunded %5 · waiting %6 · left to refund %7</source>
        <extracomment>%1 vendorTxCode, %2 customer account, %3 Opayo transactionId, then amounts.</extracomment>
        <translation>Zahlung %1, Kunde %2
Opayo-Transaktion %3
Bezahlt %4 · erstattet %5 · ausstehend %6 · noch erstattbar %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>Example amounts in the refund dialog&apos;s amount field; %1 is the amount left to refund.</extracomment>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Amount to refund in %1</source>
        <translation>Zu erstattender Betrag in %1</translation>
    </message>
    <message>
        <source>Opayo cancels the payment instead of refunding it: possible only on the day of the payment, before it is settled, and only for the whole amount.</source>
        <translation>Opayo hebt die Zahlung auf, statt sie zu erstatten: nur am Tag der Zahlung möglich, bevor sie abgerechnet ist, und nur für den gesamten Betrag.</translation>
    </message>
    <message>
        <source>Enter the amount to refund (at most %1), or press Full amount.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein (höchstens %1), oder klicken Sie auf „Voller Betrag“.</translation>
    </message>
    <message>
        <source>%1 Write it like %2.</source>
        <extracomment>%1 is the parser&apos;s explanation; %2 an example amount.</extracomment>
        <translation>%1 Schreiben Sie den Betrag z. B. als %2.</translation>
    </message>
    <message>
        <source>A refund must be more than zero: enter up to %1.</source>
        <translation>Eine Erstattung muss größer als null sein: Geben Sie bis zu %1 ein.</translation>
    </message>
    <message>
        <source>%1 is more than is left to refund of %2: %3 (paid %4, refunded %5, waiting %6). Enter at most %3.</source>
        <translation>%1 ist mehr, als von %2 noch erstattbar ist: %3 (bezahlt %4, erstattet %5, ausstehend %6). Geben Sie höchstens %3 ein.</translation>
    </message>
    <message>
        <source>Nothing is left to refund of %1: paid %2, refunded %3, waiting %4.</source>
        <translation>Von %1 ist nichts mehr erstattbar: bezahlt %2, erstattet %3, ausstehend %4.</translation>
    </message>
    <message>
        <source>Write a note: the approver and the audit trail see why the money goes back.</source>
        <translation>Schreiben Sie eine Notiz: Der Freigeber und der Prüfpfad sehen so, warum das Geld zurückgezahlt wird.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <extracomment>The store&apos;s own refusal of a refund request, shown in the refund dialog.</extracomment>
        <translation>Nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Not accepted: %1
%2</source>
        <translation>Nicht angenommen: %1
%2</translation>
    </message>
    <message>
        <source>The refund limits in Settings cannot be read (%1), so every refund waits for an approver. An administrator can correct them under Settings.</source>
        <translation>Die Erstattungsgrenzen in den Einstellungen können nicht gelesen werden (%1), daher wartet jede Erstattung auf einen Freigeber. Ein Administrator kann sie unter „Einstellungen“ korrigieren.</translation>
    </message>
    <message>
        <source>Refunds up to %1 need no second person (refund policy): this one goes to Opayo as soon as you confirm.</source>
        <translation>Erstattungen bis %1 benötigen keine zweite Person (Erstattungsrichtlinie): Diese Erstattung wird an Opayo gesendet, sobald Sie bestätigen.</translation>
    </message>
    <message>
        <source>An approver other than you must approve this before any money goes back; it then waits in the Approvals tab.</source>
        <translation>Ein anderer Freigeber als Sie muss dies freigeben, bevor Geld zurückgezahlt wird; bis dahin wartet die Anfrage auf der Registerkarte „Freigaben“.</translation>
    </message>
    <message>
        <source>&amp;Void now</source>
        <translation>&amp;Jetzt stornieren</translation>
    </message>
    <message>
        <source>&amp;Ask to void</source>
        <translation>Stornierung &amp;anfordern</translation>
    </message>
    <message>
        <source>&amp;Refund now</source>
        <translation>&amp;Jetzt erstatten</translation>
    </message>
    <message>
        <source>&amp;Ask for approval</source>
        <translation>&amp;Freigabe anfordern</translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundRequestsModel</name>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Cancelling a whole card payment before the bank settles it.</extracomment>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>Payment %1, Opayo transaction %2</source>
        <translation>Zahlung %1, Opayo-Transaktion %2</translation>
    </message>
    <message>
        <source>Decided at %1</source>
        <translation>Entschieden am %1</translation>
    </message>
    <message>
        <source>Decided at %1: %2</source>
        <translation>Entschieden am %1: %2</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Opayo refund</source>
        <translation>Opayo-Erstattung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundablePaymentsModel</name>
    <message>
        <source>Opayo transaction %1</source>
        <translation>Opayo-Transaktion %1</translation>
    </message>
    <message>
        <source>Paid %1 − refunded %2 − waiting %3 = %4 left to refund</source>
        <translation>Bezahlt %1 − erstattet %2 − ausstehend %3 = %4 noch erstattbar</translation>
    </message>
    <message>
        <source>Taken today and not settled yet: Opayo can still cancel the whole payment (a void) instead of refunding it.</source>
        <translation>Heute eingezogen und noch nicht abgerechnet: Opayo kann die gesamte Zahlung noch aufheben (Stornierung), statt sie zu erstatten.</translation>
    </message>
    <message>
        <source>A void is possible only on the day of the payment, before Opayo settles it, with nothing refunded yet.</source>
        <translation>Eine Stornierung ist nur am Tag der Zahlung möglich, bevor Opayo sie abrechnet, und nur, solange noch nichts erstattet wurde.</translation>
    </message>
    <message>
        <source>Void possible</source>
        <extracomment>Marks a payment that Opayo can still cancel (void) instead of refunding.</extracomment>
        <translation>Stornierung möglich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>vendorTxCode</source>
        <translation>vendorTxCode</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Refunds asked for, approved or on their way to Opayo, not yet done.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation>Noch erstattbar</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornierung</translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundsPage</name>
    <message>
        <source>&amp;Chargebacks</source>
        <translation>&amp;Rückbelastungen</translation>
    </message>
    <message>
        <source>The currency of the exact amount (amounts are compared in each currency&apos;s own units).</source>
        <translation>Die Währung des genauen Betrags (Beträge werden in der jeweiligen Währung verglichen).</translation>
    </message>
    <message>
        <source>Only payments taken between these days (inclusive, UTC).</source>
        <translation>Nur Zahlungen, die zwischen diesen Tagen eingezogen wurden (einschließlich, UTC).</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be read: %2 Write it like 12.50, or clear the field to search any amount.</source>
        <translation>Der Betrag „%1“ kann nicht gelesen werden: %2 Schreiben Sie ihn z. B. als 12.50, oder leeren Sie das Feld, um nach beliebigen Beträgen zu suchen.</translation>
    </message>
    <message>
        <source>The dates run backwards: set &quot;to&quot; on or after &quot;from&quot;.</source>
        <translation>Das Enddatum liegt vor dem Startdatum: Setzen Sie „bis“ auf denselben oder einen späteren Tag als „von“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>The payments cannot be read: %1</source>
        <translation>Die Zahlungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No payments yet: a payment appears here once the bridge has accepted it from Opayo.</source>
        <translation>Noch keine Zahlungen: Eine Zahlung erscheint hier, sobald die Bridge sie von Opayo angenommen hat.</translation>
    </message>
    <message>
        <source>No payment matches. Try the start of a vendorTxCode or customer account, a whole Opayo transaction id, or clear the amount and dates.</source>
        <translation>Keine passende Zahlung. Versuchen Sie es mit dem Anfang eines vendorTxCode oder Kundenkontos oder mit einer vollständigen Opayo-Transaktions-ID, oder leeren Sie Betrag und Datumsangaben.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) found, newest first. Select one to see its refunds.</source>
        <translation>
            <numerusform>%n Zahlung gefunden. Wählen Sie sie aus, um ihre Erstattungen zu sehen.</numerusform>
            <numerusform>%n Zahlungen gefunden, die neuesten zuerst. Wählen Sie eine aus, um ihre Erstattungen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval queue cannot be read: %1</source>
        <translation>Die Freigabeliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Approvals (%1)</source>
        <extracomment>The Approvals tab&apos;s title with the number of requests waiting.</extracomment>
        <translation>&amp;Freigaben (%1)</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Select a payment to see its refunds and to refund it.</source>
        <translation>Wählen Sie eine Zahlung aus, um ihre Erstattungen zu sehen und sie zu erstatten.</translation>
    </message>
    <message>
        <source>Find a payment above to see its refunds and to refund it.</source>
        <translation>Suchen Sie oben eine Zahlung, um ihre Erstattungen zu sehen und sie zu erstatten.</translation>
    </message>
    <message>
        <source>%1, customer %2, Opayo transaction %3
Paid %4 · refunded %5 · waiting %6 · left to refund %7</source>
        <extracomment>%1 vendorTxCode, %2 customer account, %3 Opayo transactionId, then amounts.</extracomment>
        <translation>%1, Kunde %2, Opayo-Transaktion %3
Bezahlt %4 · erstattet %5 · ausstehend %6 · noch erstattbar %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>taken today and not settled: it can still be voided</source>
        <translation>heute eingezogen und nicht abgerechnet: kann noch storniert werden</translation>
    </message>
    <message>
        <source>The payment&apos;s refunds cannot be read: %1</source>
        <translation>Die Erstattungen der Zahlung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a request to approve or reject it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie freizugeben oder abzulehnen.</translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation>Es wartet nichts auf Freigabe.</translation>
    </message>
    <message>
        <source>Select a request to see all of it.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>No refunds asked for yet.</source>
        <translation>Noch keine Erstattungen angefordert.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (Opayo %4), %5: %6.</source>
        <translation>%1 %2 zu %3 (Opayo %4), %5: %6.</translation>
    </message>
    <message>
        <source>Asked by %1 at %2. Reason: %3. Note: %4</source>
        <translation>Angefordert von %1 am %2. Grund: %3. Notiz: %4</translation>
    </message>
    <message>
        <source>Decided by %1 at %2.</source>
        <translation>Entschieden von %1 am %2.</translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation>Entschieden von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Opayo&apos;s transaction: %1 (vendorTxCode %2).</source>
        <translation>Transaktion bei Opayo: %1 (vendorTxCode %2).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation>Wählen Sie zuerst eine Zahlung aus.</translation>
    </message>
    <message>
        <source>Nothing is left to refund of %1: refunds done and on their way already add up to the payment.</source>
        <translation>Von %1 ist nichts mehr erstattbar: Ausgeführte und laufende Erstattungen ergeben bereits den Zahlungsbetrag.</translation>
    </message>
    <message>
        <source>Ask for a refund of %1 (up to %2 left).</source>
        <translation>Erstattung für %1 anfordern (noch bis zu %2 erstattbar).</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
    <message>
        <source>You asked for this refund, so another approver must approve it (maker-checker rule).</source>
        <translation>Sie haben diese Erstattung angefordert, daher muss ein anderer Freigeber sie freigeben (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <source>Approve it: the bridge then refunds it with Opayo and books the credit note.</source>
        <translation>Freigeben: Die Bridge führt die Erstattung dann bei Opayo aus und bucht die Gutschrift.</translation>
    </message>
    <message>
        <source>Reject it, saying why in the comment.</source>
        <translation>Ablehnen, mit Begründung im Kommentar.</translation>
    </message>
    <message>
        <source>Cannot refund</source>
        <translation>Erstattung nicht möglich</translation>
    </message>
    <message>
        <source>Select the payment to refund first.</source>
        <translation>Wählen Sie zuerst die zu erstattende Zahlung aus.</translation>
    </message>
    <message>
        <source>Nothing is left to refund of %1: paid %2, refunded %3, waiting %4.</source>
        <translation>Von %1 ist nichts mehr erstattbar: bezahlt %2, erstattet %3, ausstehend %4.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 asked for: it waits for an approver other than you.</source>
        <translation>%1 %2 zu %3 über %4 angefordert: Die Anfrage wartet auf einen anderen Freigeber als Sie.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 needs no second person (refund policy): the bridge sends it to Opayo.</source>
        <translation>%1 %2 zu %3 über %4 benötigt keine zweite Person (Erstattungsrichtlinie): Die Bridge sendet sie an Opayo.</translation>
    </message>
    <message>
        <source>Cannot approve the refund</source>
        <translation>Erstattung kann nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Cannot reject the refund</source>
        <translation>Erstattung kann nicht abgelehnt werden</translation>
    </message>
    <message>
        <source>Select the request to decide on first.</source>
        <translation>Wählen Sie zuerst die Anfrage aus, über die Sie entscheiden möchten.</translation>
    </message>
    <message>
        <source>Say in the comment why the refund is rejected: %1 sees it in the history.</source>
        <translation>Geben Sie im Kommentar an, warum die Erstattung abgelehnt wird: %1 sieht dies im Verlauf.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 approved: the bridge sends it to Opayo, then books the credit note.</source>
        <translation>%1 %2 zu %3 über %4 freigegeben: Die Bridge sendet sie an Opayo und bucht dann die Gutschrift.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 rejected.</source>
        <translation>%1 %2 zu %3 über %4 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 asked at %2 to void %3 (all of it) for customer %4.
Payment %5, Opayo transaction %6
Reason: %7. Note: %8</source>
        <extracomment>%1 person, %2 time, %3 refund/void, %4 amount, %5 customer, %6 vendorTxCode, %7 Opayo id, %8 reason, %9 note.</extracomment>
        <translation>%1 hat am %2 die Stornierung von %3 (der ganzen Zahlung) für Kunde %4 beantragt.
Zahlung %5, Opayo-Transaktion %6
Grund: %7. Notiz: %8</translation>
    </message>
    <message>
        <source>%1 asked at %2 for a refund of %3 to customer %4.
Payment %5, Opayo transaction %6
Reason: %7. Note: %8</source>
        <translation>%1 hat am %2 eine Erstattung von %3 an Kunde %4 beantragt.
Zahlung %5, Opayo-Transaktion %6
Grund: %7. Notiz: %8</translation>
    </message>
</context>
<context>
    <name>bridge::gui::SettingsPage</name>
    <message>
        <source>Test (Opayo sandbox)</source>
        <translation>Test (Opayo-Sandbox)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Benutzerdefinierte Adresse</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation>Vom Team gemeinsam genutzter PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>stored in the system keychain; type to replace</source>
        <translation>im Schlüsselbund des Systems gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>You can look at these settings. Changing them needs the Administrator role.</source>
        <translation>Sie können diese Einstellungen ansehen. Für Änderungen ist die Rolle Administrator erforderlich.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>PostgreSQL needs a host, a database and a user name.</source>
        <translation>Für PostgreSQL sind ein Host, eine Datenbank und ein Benutzername erforderlich.</translation>
    </message>
    <message>
        <source>Enter the path of the SQLite database file.</source>
        <translation>Geben Sie den Pfad der SQLite-Datenbankdatei ein.</translation>
    </message>
    <message>
        <source>Opayo base URL: &quot;%1&quot; is not usable. Use an https:// address such as %2 (plain http:// is only accepted for a sandbox on this computer).</source>
        <translation>Opayo-Basis-URL: „%1“ ist nicht verwendbar. Verwenden Sie eine https://-Adresse wie %2 (einfaches http:// wird nur für eine Sandbox auf diesem Computer akzeptiert).</translation>
    </message>
    <message>
        <source>Vendor name: use the name Opayo gave your account: letters, digits, &apos;-&apos; and &apos;_&apos; only, up to 40 characters.</source>
        <translation>Händlername: Verwenden Sie den Namen, den Opayo Ihrem Konto gegeben hat – nur Buchstaben, Ziffern, „-“ und „_“, höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>SYSPRO service URL: &quot;%1&quot; is not an http:// or https:// address. It usually looks like http://erp-server:31002/SYSPROWCFService/Rest.</source>
        <translation>SYSPRO-Dienst-URL: „%1“ ist keine http://- oder https://-Adresse. Sie sieht meist so aus: http://erp-server:31002/SYSPROWCFService/Rest.</translation>
    </message>
    <message>
        <source>SYSPRO service URL: &quot;%1&quot; does not contain the e.net service path (…/SYSPROWCFService/Rest). Copy the REST address from the SYSPRO e.net configuration.</source>
        <translation>SYSPRO-Dienst-URL: „%1“ enthält nicht den e.net-Dienstpfad (…/SYSPROWCFService/Rest). Kopieren Sie die REST-Adresse aus der Konfiguration von SYSPRO e.net.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Secret not stored</source>
        <translation>Zugangsdaten nicht gespeichert</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written. Check that the folder exists and is writable.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The database is empty; the bridge creates its tables when it starts.</source>
        <translation>Die Datenbank ist leer; die Bridge legt ihre Tabellen beim Start an.</translation>
    </message>
    <message>
        <source>Schema version %1; it is upgraded to %2 when the bridge starts.</source>
        <translation>Schemaversion %1; sie wird beim Start der Bridge auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Schema version %1 is newer than this bridge understands (%2). Update the bridge before using this database.</source>
        <translation>Schemaversion %1 ist neuer, als diese Bridge unterstützt (%2). Aktualisieren Sie die Bridge, bevor Sie diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation>Verbunden mit %1. %2</translation>
    </message>
    <message>
        <source>Schema version %1 is current.</source>
        <translation>Schemaversion %1 ist aktuell.</translation>
    </message>
    <message>
        <source>Stop with an error (nothing is posted)</source>
        <translation>Mit Fehler abbrechen (es wird nichts gebucht)</translation>
    </message>
    <message>
        <source>Write an AR receipts file for import</source>
        <translation>Datei mit Zahlungseingängen für den Import schreiben</translation>
    </message>
    <message>
        <source>Post a GL journal (bank to AR control)</source>
        <translation>Hauptbuchjournal buchen (Bank an Debitorensammelkonto)</translation>
    </message>
    <message>
        <source>Logging on to SYSPRO at %1…</source>
        <translation>Anmeldung bei SYSPRO unter %1…</translation>
    </message>
    <message>
        <source>SYSPRO did not answer the licence check: %1</source>
        <translation>SYSPRO hat auf die Lizenzprüfung nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Operator %1 in company %2:</source>
        <translation>Operator %1 in Firma %2:</translation>
    </message>
    <message>
        <source>ARSTPY is not licensed and no fallback is chosen: receipts will stop with an error. Choose a file or a GL journal above.</source>
        <translation>ARSTPY ist nicht lizenziert, und es ist keine Ausweichlösung gewählt: Zahlungseingänge werden mit einem Fehler abgebrochen. Wählen Sie oben eine Datei oder ein Hauptbuchjournal.</translation>
    </message>
    <message>
        <source>Refunds one person may make alone: %1</source>
        <translation>Erstattungen ohne Freigabe: %1</translation>
    </message>
</context>
<context>
    <name>bridge::gui::StepEditor</name>
    <message>
        <source>Read a payment field</source>
        <translation>Zahlungsfeld lesen</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <source>Look up in a table</source>
        <translation>In einer Tabelle nachschlagen</translation>
    </message>
    <message>
        <source>Convert currency</source>
        <translation>Währung umrechnen</translation>
    </message>
    <message>
        <source>Standardise an address</source>
        <translation>Adresse standardisieren</translation>
    </message>
    <message>
        <source>Choose a GL account by rules</source>
        <translation>Sachkonto nach Regeln wählen</translation>
    </message>
    <message>
        <source>Join texts</source>
        <translation>Texte verbinden</translation>
    </message>
    <message>
        <source>Format a date</source>
        <translation>Datum formatieren</translation>
    </message>
    <message>
        <source>Part of the text</source>
        <translation>Teil des Textes</translation>
    </message>
    <message>
        <source>Shorten with hash</source>
        <translation>Mit Hash kürzen</translation>
    </message>
    <message>
        <source>Choose by a condition</source>
        <translation>Nach Bedingung wählen</translation>
    </message>
    <message>
        <source>Default when empty</source>
        <translation>Standardwert bei leerem Wert</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Leerzeichen entfernen</translation>
    </message>
    <message>
        <source>Type in the empty last row to add one; clear a row&apos;s cells to remove it.</source>
        <translation>Schreiben Sie in die leere letzte Zeile, um eine Zeile hinzuzufügen; leeren Sie die Zellen einer Zeile, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Payment field:</source>
        <translation>Zahlungsfeld:</translation>
    </message>
    <message>
        <source>It may be missing (then the value is empty)</source>
        <translation>Darf fehlen (dann ist der Wert leer)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Text as it is; an amount as {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}.</source>
        <translation>Text unverändert; ein Betrag als {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}.</translation>
    </message>
    <message>
        <source>Value when empty:</source>
        <translation>Wert, wenn leer:</translation>
    </message>
    <message>
        <source>Each payment value and the SYSPRO value it becomes:</source>
        <translation>Jeder Zahlungswert und der SYSPRO-Wert, der daraus wird:</translation>
    </message>
    <message>
        <source>Payment value</source>
        <translation>Zahlungswert</translation>
    </message>
    <message>
        <source>SYSPRO value</source>
        <translation>SYSPRO-Wert</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>Zuordnungstabelle</translation>
    </message>
    <message>
        <source>empty: an unknown value stops the payment with an error</source>
        <translation>leer: Ein unbekannter Wert stoppt die Zahlung mit einem Fehler</translation>
    </message>
    <message>
        <source>Value for anything else</source>
        <translation>Wert für alles andere</translation>
    </message>
    <message>
        <source>Anything else becomes:</source>
        <translation>Alles andere wird zu:</translation>
    </message>
    <message>
        <source>Upper and lower case must match exactly</source>
        <translation>Groß- und Kleinschreibung muss genau übereinstimmen</translation>
    </message>
    <message>
        <source>Convert to (currency code):</source>
        <translation>Umrechnen in (Währungscode):</translation>
    </message>
    <message>
        <source>Rate of the day of:</source>
        <translation>Tageskurs zum Datum:</translation>
    </message>
    <message>
        <source>Exchange rates (one unit of From is Rate units of To, from the date on):</source>
        <translation>Wechselkurse (eine Einheit der Währung „Von“ entspricht „Kurs“ Einheiten der Währung „Nach“, ab dem Datum „Gültig ab“):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Exchange rate table</source>
        <translation>Wechselkurstabelle</translation>
    </message>
    <message>
        <source>Address of the payment:</source>
        <translation>Adresse der Zahlung:</translation>
    </message>
    <message>
        <source>SYSPRO address lines</source>
        <translation>SYSPRO-Adresszeilen</translation>
    </message>
    <message>
        <source>Into the SYSPRO lines:</source>
        <translation>In die SYSPRO-Zeilen:</translation>
    </message>
    <message>
        <source>Postcode into:</source>
        <translation>Postleitzahl in:</translation>
    </message>
    <message>
        <source>Characters per line:</source>
        <translation>Zeichen pro Zeile:</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>GROSSBUCHSTABEN</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Wortanfänge groß</translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation>Schreibweise:</translation>
    </message>
    <message>
        <source>Format the postcode for its country</source>
        <translation>Postleitzahl im Format ihres Landes schreiben</translation>
    </message>
    <message>
        <source>Add the country as the last line</source>
        <translation>Land als letzte Zeile hinzufügen</translation>
    </message>
    <message>
        <source>The first rule that matches gives the account. A rule: field = value, other value; another field = value</source>
        <translation>Die erste zutreffende Regel bestimmt das Konto. Eine Regel: Feld = Wert, anderer Wert; anderes Feld = Wert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>GL derivation rules</source>
        <translation>Regeln zur Sachkontenermittlung</translation>
    </message>
    <message>
        <source>Otherwise the account:</source>
        <translation>Sonst das Konto:</translation>
    </message>
    <message>
        <source>Between the parts:</source>
        <translation>Zwischen den Teilen:</translation>
    </message>
    <message>
        <source>Leave out empty parts</source>
        <translation>Leere Teile auslassen</translation>
    </message>
    <message>
        <source>Parts, in order: a payment field or a fixed text.</source>
        <translation>Teile, der Reihe nach: ein Zahlungsfeld oder ein fester Text.</translation>
    </message>
    <message>
        <source>Payment field</source>
        <translation>Zahlungsfeld</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fester Text</translation>
    </message>
    <message>
        <source>Made by steps</source>
        <translation>Aus Schritten gebildet</translation>
    </message>
    <message>
        <source>Parts to join</source>
        <translation>Zu verbindende Teile</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>21 November 2026 becomes %1</source>
        <translation>Aus dem 21. November 2026 wird %1</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>From character:</source>
        <translation>Ab Zeichen:</translation>
    </message>
    <message>
        <source>Number of characters:</source>
        <translation>Anzahl Zeichen:</translation>
    </message>
    <message>
        <source>A longer text keeps its start and ends with ~ and a short code made from the whole text, so that different texts stay different.</source>
        <translation>Ein längerer Text behält seinen Anfang und endet mit ~ und einem kurzen Code, der aus dem ganzen Text gebildet wird, sodass verschiedene Texte verschieden bleiben.</translation>
    </message>
    <message>
        <source>At most characters:</source>
        <translation>Höchstens Zeichen:</translation>
    </message>
    <message>
        <source>If the payment field:</source>
        <translation>Wenn das Zahlungsfeld:</translation>
    </message>
    <message>
        <source>is:</source>
        <translation>ist:</translation>
    </message>
    <message>
        <source>this value:</source>
        <translation>diesen Wert:</translation>
    </message>
    <message>
        <source>then the value is:</source>
        <translation>dann ist der Wert:</translation>
    </message>
    <message>
        <source>otherwise:</source>
        <translation>sonst:</translation>
    </message>
    <message>
        <source>This condition has several parts; change it in an exported file and import it again.</source>
        <translation>Diese Bedingung besteht aus mehreren Teilen; ändern Sie sie in einer exportierten Datei und importieren Sie diese erneut.</translation>
    </message>
    <message>
        <source>This step has no settings.</source>
        <translation>Dieser Schritt hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>Change the sign</source>
        <translation>Vorzeichen umkehren</translation>
    </message>
    <message>
        <source>Changes the sign of an amount or number: 10.50 becomes -10.50 and -10.50 becomes 10.50. In a GL journal a positive entry is a debit and a negative one a credit. This step has no settings.</source>
        <translation>Kehrt das Vorzeichen eines Betrags oder einer Zahl um: Aus 10.50 wird -10.50 und aus -10.50 wird 10.50. In einem Hauptbuchjournal ist eine positive Buchung eine Soll-Buchung und eine negative eine Haben-Buchung. Dieser Schritt hat keine Einstellungen.</translation>
    </message>
</context>
<context>
    <name>bridge::gui::UsersModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>bridge::gui::UsersPage</name>
    <message>
        <source>Only administrators can change roles. You are signed in as %1.</source>
        <translation>Nur Administratoren können Rollen ändern. Sie sind als %1 angemeldet.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::AddressStandardiser</name>
    <message>
        <source>Postcode &quot;%1&quot; does not look like a postcode of %2 (expected something like %3). Correct it in the order or in the shop.</source>
        <translation>Die Postleitzahl „%1“ sieht nicht wie eine Postleitzahl für %2 aus (erwartet wird etwa %3). Korrigieren Sie sie im Auftrag oder im Shop.</translation>
    </message>
    <message>
        <source>The address needs %1 lines of %2 characters, but the target has %3: &quot;%4&quot;. Shorten it in the order, or map fewer parts of it.</source>
        <translation>Die Adresse benötigt %1 Zeilen mit %2 Zeichen, das Ziel hat aber nur %3: „%4“. Kürzen Sie sie im Auftrag, oder ordnen Sie weniger Teile davon zu.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Condition</name>
    <message>
        <source>&quot;all&quot;/&quot;any&quot; needs a list of conditions.</source>
        <translation>&quot;all&quot;/&quot;any&quot; benötigt eine Liste von Bedingungen.</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Vergleichsoperator &quot;%1&quot;; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list as its &quot;value&quot;.</source>
        <translation>&quot;%1&quot; benötigt eine Liste als &quot;value&quot;.</translation>
    </message>
    <message>
        <source>compare with whole numbers only (amounts in minor units).</source>
        <translation>Vergleichen Sie nur mit ganzen Zahlen (Beträge in Untereinheiten).</translation>
    </message>
    <message>
        <source>cannot compare %1 (%2) with %3 using %4.</source>
        <translation>%1 (%2) und %3 können nicht mit %4 verglichen werden.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::ExampleDocument</name>
    <message>
        <source>The example names “%1”, which is not a field of %2 (%3). Write the field&apos;s path as the mapping does, for example “%4”.</source>
        <translation>Das Beispiel nennt „%1“, das kein Feld von %2 (%3) ist. Schreiben Sie den Pfad des Felds wie die Zuordnung, zum Beispiel „%4“.</translation>
    </message>
    <message>
        <source>The example document is not well-formed XML at line %1, column %2: %3 Open the document as SYSPRO wrote it, unchanged.</source>
        <translation>Der Beispielbeleg ist in Zeile %1, Spalte %2 kein wohlgeformtes XML: %3 Öffnen Sie den Beleg so, wie SYSPRO ihn geschrieben hat, unverändert.</translation>
    </message>
    <message>
        <source>None of the example document&apos;s elements is a field of %1 (%2). Open the XML of a document of that object, whose fields are elements such as %3.</source>
        <translation>Kein Element des Beispielbelegs ist ein Feld von %1 (%2). Öffnen Sie das XML eines Belegs dieses Objekts, dessen Felder Elemente wie %3 sind.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::ExchangeRates</name>
    <message>
        <source>%1: &quot;from&quot; and &quot;to&quot; must be ISO 4217 currency codes such as EUR and GBP.</source>
        <translation>%1: &quot;from&quot; und &quot;to&quot; müssen ISO-4217-Währungscodes wie EUR und GBP sein.</translation>
    </message>
    <message>
        <source>%1: the rate must be a decimal written as text, such as &quot;0.8612&quot; (up to 12 decimals), so that it is exact.</source>
        <translation>%1: Der Kurs muss eine als Text geschriebene Dezimalzahl sein, etwa &quot;0.8612&quot; (bis zu 12 Nachkommastellen), damit er exakt ist.</translation>
    </message>
    <message>
        <source>%1: a rate of zero is not allowed.</source>
        <translation>%1: Ein Kurs von null ist nicht zulässig.</translation>
    </message>
    <message>
        <source>%1: &quot;effective&quot; must be the date from which the rate applies, as yyyy-MM-dd.</source>
        <translation>%1: &quot;effective&quot; muss das Datum sein, ab dem der Kurs gilt, im Format yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>%1: there is already a %2→%3 rate effective %4.</source>
        <translation>%1: Es gibt bereits einen Kurs %2→%3, der ab %4 gilt.</translation>
    </message>
    <message>
        <source>No %1→%2 exchange rate is in force on %3. Add one to the mapping&apos;s rate table (effective on or before that date).</source>
        <translation>Am %3 gilt kein Wechselkurs %1→%2. Fügen Sie der Kurstabelle der Zuordnung einen Kurs hinzu (gültig ab diesem oder einem früheren Datum).</translation>
    </message>
    <message>
        <source>The converted amount is too large.</source>
        <translation>Der umgerechnete Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Converting %1 to %2 gives an amount too large to handle safely.</source>
        <translation>Die Umrechnung von %1 in %2 ergibt einen Betrag, der zu groß ist, um sicher verarbeitet zu werden.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::InMemorySuggestionHistory</name>
    <message>
        <source>The stored suggestion history is not in the format &quot;%1&quot;.</source>
        <translation>Der gespeicherte Vorschlagsverlauf hat nicht das Format „%1“.</translation>
    </message>
    <message>
        <source>Entry %1 of the stored suggestion history needs a source, a target and counts of zero or more.</source>
        <translation>Eintrag %1 des gespeicherten Vorschlagsverlaufs braucht eine Quelle, ein Ziel und Zähler von null oder mehr.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::JsonPath</name>
    <message>
        <source>The path is empty. Name a source field, for example vendorTxCode.</source>
        <translation>Der Pfad ist leer. Geben Sie ein Quellfeld an, zum Beispiel vendorTxCode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path: &quot;%2&quot; should be a field name, optionally followed by [n] to pick an element, as in lines[0].sku.</source>
        <translation>&quot;%1&quot; ist kein gültiger Pfad: &quot;%2&quot; sollte ein Feldname sein, optional gefolgt von [n] zur Auswahl eines Elements, wie in lines[0].sku.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::MappingDiff</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>%1 is now mapped: %2.</source>
        <translation>%1 ist jetzt zugeordnet: %2.</translation>
    </message>
    <message>
        <source>%1 is no longer mapped (it was: %2).</source>
        <translation>%1 ist nicht mehr zugeordnet (bisher: %2).</translation>
    </message>
    <message>
        <source>%1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 wurde von „%2“ in „%3“ geändert.</translation>
    </message>
    <message>
        <source>The note on %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Die Notiz zu %1 wurde von „%2“ in „%3“ geändert.</translation>
    </message>
    <message>
        <source>The mapping now also produces %1.</source>
        <translation>Die Zuordnung erzeugt jetzt auch %1.</translation>
    </message>
    <message>
        <source>The mapping no longer produces %1.</source>
        <translation>Die Zuordnung erzeugt %1 nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is now produced for every payment (it was only when %2).</source>
        <translation>%1 wird jetzt für jede Zahlung erzeugt (bisher nur, wenn %2).</translation>
    </message>
    <message>
        <source>%1 is now only produced when %2.</source>
        <translation>%1 wird jetzt nur erzeugt, wenn %2.</translation>
    </message>
    <message>
        <source>%1 was produced when %2; now when %3.</source>
        <translation>%1 wurde erzeugt, wenn %2; jetzt, wenn %3.</translation>
    </message>
    <message>
        <source>The lines of %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Die Zeilen von %1 wurden von „%2“ in „%3“ geändert.</translation>
    </message>
    <message>
        <source>The mapping&apos;s name</source>
        <translation>Der Name der Zuordnung</translation>
    </message>
    <message>
        <source>The mapping&apos;s description</source>
        <translation>Die Beschreibung der Zuordnung</translation>
    </message>
    <message>
        <source>The source document</source>
        <translation>Das Quelldokument</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 (if given)</source>
        <translation>%1 (falls vorhanden)</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>immer %1</translation>
    </message>
    <message>
        <source>%1 when empty</source>
        <translation>%1, wenn leer</translation>
    </message>
    <message>
        <source>look up (%1)</source>
        <translation>nachschlagen (%1)</translation>
    </message>
    <message>
        <source>, otherwise %1</source>
        <translation>, sonst %1</translation>
    </message>
    <message>
        <source>%1→%2 %3 from %4</source>
        <translation>%1→%2 %3 ab %4</translation>
    </message>
    <message>
        <source>convert to %1 (%2)</source>
        <translation>in %1 umrechnen (%2)</translation>
    </message>
    <message>
        <source>standardise the address %1 into %2 lines of %3 characters</source>
        <translation>Adresse %1 in %2 Zeilen zu je %3 Zeichen vereinheitlichen</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1, wenn %2</translation>
    </message>
    <message>
        <source>GL account by rule (%1; otherwise %2)</source>
        <translation>Sachkonto nach Regel (%1; sonst %2)</translation>
    </message>
    <message>
        <source>join [%1] with &quot;%2&quot;</source>
        <translation>[%1] mit „%2“ verbinden</translation>
    </message>
    <message>
        <source>date as %1</source>
        <translation>Datum als %1</translation>
    </message>
    <message>
        <source>characters %1 to %2</source>
        <translation>Zeichen %1 bis %2</translation>
    </message>
    <message>
        <source>shorten to %1 characters (hash)</source>
        <translation>auf %1 Zeichen kürzen (Hash)</translation>
    </message>
    <message>
        <source>if %1 then %2 else %3</source>
        <translation>wenn %1, dann %2, sonst %3</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>trim spaces</source>
        <translation>Leerzeichen entfernen</translation>
    </message>
    <message>
        <source>the event itself</source>
        <translation>das Ereignis selbst</translation>
    </message>
    <message>
        <source>%1 now has lines: %2.</source>
        <translation>%1 hat jetzt Zeilen: %2.</translation>
    </message>
    <message>
        <source>%1 no longer has lines (they were: %2).</source>
        <translation>%1 hat keine Zeilen mehr (bisher: %2).</translation>
    </message>
    <message>
        <source>change the sign</source>
        <translation>Vorzeichen umkehren</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::MappingDocument</name>
    <message>
        <source>&quot;fields&quot; must be a list of {&quot;target&quot;, &quot;steps&quot;}.</source>
        <translation>&quot;fields&quot; muss eine Liste von {&quot;target&quot;, &quot;steps&quot;} sein.</translation>
    </message>
    <message>
        <source>every field needs a &quot;target&quot;.</source>
        <translation>Jedes Feld benötigt ein &quot;target&quot;.</translation>
    </message>
    <message>
        <source>the target %1 is mapped twice; keep one.</source>
        <translation>Das Ziel %1 ist zweimal zugeordnet; behalten Sie nur eine Zuordnung.</translation>
    </message>
    <message>
        <source>this is not a bridge mapping document (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Dies ist kein Zuordnungsdokument der Bridge (&quot;format&quot; muss &quot;%1&quot; sein).</translation>
    </message>
    <message>
        <source>version %1 is not supported; this bridge reads version %2.</source>
        <translation>Version %1 wird nicht unterstützt; diese Bridge liest Version %2.</translation>
    </message>
    <message>
        <source>give the mapping a name.</source>
        <translation>Geben Sie der Zuordnung einen Namen.</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Quelle &quot;%1&quot;; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>the mapping produces nothing: add at least one target.</source>
        <translation>Die Zuordnung erzeugt nichts: Fügen Sie mindestens ein Ziel hinzu.</translation>
    </message>
    <message>
        <source>each target needs its own &quot;id&quot;.</source>
        <translation>Jedes Ziel benötigt eine eigene &quot;id&quot;.</translation>
    </message>
    <message>
        <source>unknown SYSPRO business object &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes SYSPRO-Business-Objekt &quot;%1&quot;; verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation>Die Zuordnungsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the list of line groups is empty; give at least one group, or leave &quot;lines&quot; out when the document has no lines.</source>
        <translation>die Liste der Positionsgruppen ist leer; geben Sie mindestens eine Gruppe an, oder lassen Sie &quot;lines&quot; weg, wenn der Beleg keine Positionen hat.</translation>
    </message>
    <message>
        <source>a line group must be an object with &quot;from&quot;, &quot;element&quot; and &quot;fields&quot;.</source>
        <translation>eine Positionsgruppe muss ein Objekt mit &quot;from&quot;, &quot;element&quot; und &quot;fields&quot; sein.</translation>
    </message>
    <message>
        <source>per-line mapping needs &quot;from&quot; (the source list, e.g. lines, or $ for one line from the event) and &quot;element&quot; (e.g. StockLine).</source>
        <translation>eine Zuordnung je Position benötigt &quot;from&quot; (die Quellliste, z. B. lines, oder $ für eine Position aus dem Ereignis) und &quot;element&quot; (z. B. StockLine).</translation>
    </message>
    <message>
        <source>every line group of a target fills the same list; this one fills %1, the first one %2.</source>
        <translation>alle Positionsgruppen eines Ziels füllen dieselbe Liste; diese füllt %1, die erste %2.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Schema</name>
    <message>
        <source>this is not a schema file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>dies ist keine Schemadatei („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <source>schemaVersion %1 is not supported; this version reads 1.</source>
        <translation>schemaVersion %1 wird nicht unterstützt; diese Version liest 1.</translation>
    </message>
    <message>
        <source>the schema needs an &quot;id&quot;.</source>
        <translation>das Schema braucht eine „id“.</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be &quot;source&quot; or &quot;target&quot;, not &quot;%1&quot;.</source>
        <translation>„role“ muss „source“ oder „target“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>the schema has no &quot;fields&quot;.</source>
        <translation>das Schema hat keine „fields“.</translation>
    </message>
    <message>
        <source>a field must be an object.</source>
        <translation>ein Feld muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>a field needs a &quot;name&quot; of letters, digits and underscores.</source>
        <translation>ein Feld braucht einen „name“ aus Buchstaben, Ziffern und Unterstrichen.</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; use text, decimal, integer, date, boolean, money, group or list.</source>
        <translation>unbekannter Typ „%1“; verwenden Sie text, decimal, integer, date, boolean, money, group oder list.</translation>
    </message>
    <message>
        <source>the path %1 appears twice.</source>
        <translation>der Pfad %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>&quot;maxLength&quot; must be a whole number above zero.</source>
        <translation>„maxLength“ muss eine ganze Zahl über null sein.</translation>
    </message>
    <message>
        <source>a decimal needs a &quot;scale&quot; from 0 to 10 (its decimal places).</source>
        <translation>eine Dezimalzahl braucht eine „scale“ von 0 bis 10 (ihre Nachkommastellen).</translation>
    </message>
    <message>
        <source>only a decimal has a &quot;scale&quot;.</source>
        <translation>nur eine Dezimalzahl hat eine „scale“.</translation>
    </message>
    <message>
        <source>the sample does not fit the type %1 (money is {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}, a date is ISO 8601).</source>
        <translation>das Beispiel passt nicht zum Typ %1 (Geld ist {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}, ein Datum ist ISO 8601).</translation>
    </message>
    <message>
        <source>a %1 field cannot have &quot;fields&quot;; only a group or a list can.</source>
        <translation>ein Feld vom Typ %1 kann keine „fields“ haben; nur group oder list.</translation>
    </message>
    <message>
        <source>a %1 needs &quot;fields&quot;.</source>
        <translation>ein Feld vom Typ %1 braucht „fields“.</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <source>Cannot read the schema file %1: %2</source>
        <translation>Die Schemadatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no built-in schema &quot;%1&quot;; known: %2.</source>
        <translation>Es gibt kein eingebautes Schema „%1“; bekannt: %2.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::SuggestionEngine</name>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>eine Postleitzahl</translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation>ein ISO-Datum</translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation>ein Währungscode</translation>
    </message>
    <message>
        <source>a country code</source>
        <translation>ein Ländercode</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a telephone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>eine GUID</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>freier Text</translation>
    </message>
    <message>
        <source>The names agree on: %1.</source>
        <translation>Die Namen stimmen überein in: %1.</translation>
    </message>
    <message>
        <source>The names carry different numbers.</source>
        <translation>Die Namen enthalten verschiedene Zahlen.</translation>
    </message>
    <message>
        <source>Only one of the names carries a number.</source>
        <translation>Nur einer der Namen enthält eine Zahl.</translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; looks like %2.</source>
        <translation>Das Beispiel „%1“ sieht aus wie %2.</translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; does not look like %2.</source>
        <translation>Das Beispiel „%1“ sieht nicht aus wie %2.</translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; looks like %2, which this field does not hold.</source>
        <translation>Das Beispiel „%1“ sieht aus wie %2, was dieses Feld nicht enthält.</translation>
    </message>
    <message>
        <source>A %1 into a %2 field needs a conversion.</source>
        <translation>Ein Wert vom Typ %1 in ein Feld vom Typ %2 braucht eine Umwandlung.</translation>
    </message>
    <message>
        <source>Both are %1.</source>
        <translation>Beide sind vom Typ %1.</translation>
    </message>
    <message>
        <source>The sample has %1 characters; this field takes at most %2, so it needs shortening.</source>
        <translation>Das Beispiel hat %1 Zeichen; dieses Feld fasst höchstens %2, es muss also gekürzt werden.</translation>
    </message>
    <message>
        <source>The source may have up to %1 characters; this field takes %2.</source>
        <translation>Die Quelle kann bis zu %1 Zeichen haben; dieses Feld fasst %2.</translation>
    </message>
    <message>
        <source>The source is a field of each line; this field is not.</source>
        <translation>Die Quelle ist ein Feld jeder Position; dieses Feld nicht.</translation>
    </message>
    <message>
        <source>This field belongs to each line; the source does not.</source>
        <translation>Dieses Feld gehört zu jeder Position; die Quelle nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n time(s) before.</source>
        <translation>
            <numerusform>Bereits %n Mal abgelehnt.</numerusform>
            <numerusform>Bereits %n Mal abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n time(s) before.</source>
        <translation>
            <numerusform>Bereits %n Mal übernommen.</numerusform>
            <numerusform>Bereits %n Mal übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a code or number</source>
        <translation>ein Code oder eine Nummer</translation>
    </message>
    <message>
        <source>words of free text</source>
        <translation>Wörter freien Textes</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Liefer</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Rechnungs</translation>
    </message>
    <message>
        <source>%1 (a kind of %2)</source>
        <translation>%1 (eine Art %2)</translation>
    </message>
    <message>
        <source>The names share only general words.</source>
        <translation>Die Namen teilen nur allgemeine Wörter.</translation>
    </message>
    <message>
        <source>The source&apos;s name says only what it is; it is taken as the %1&apos;s own.</source>
        <translation>Der Name der Quelle sagt nur, was sie ist; sie wird als die eigene des Objekts %1 genommen.</translation>
    </message>
    <message>
        <source>One name is the other with a qualifier.</source>
        <translation>Der eine Name ist der andere mit einem Zusatz.</translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; looks like %2; this field holds words.</source>
        <translation>Das Beispiel „%1“ sieht aus wie %2; dieses Feld enthält Wörter.</translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; is free text; this field holds a code.</source>
        <translation>Das Beispiel „%1“ ist freier Text; dieses Feld enthält einen Code.</translation>
    </message>
    <message>
        <source>The source belongs to the %1 address; this field&apos;s neighbours are about the %2 address.</source>
        <translation>Die Quelle gehört zur %1adresse; die Nachbarn dieses Felds betreffen die %2adresse.</translation>
    </message>
    <message>
        <source>The source belongs to the %1 address; this field to the %2 address.</source>
        <translation>Die Quelle gehört zur %1adresse, dieses Feld zur %2adresse.</translation>
    </message>
    <message>
        <source>The source belongs to the %1 address, like this field&apos;s neighbours.</source>
        <translation>Die Quelle gehört zur %1adresse, wie die Nachbarn dieses Felds.</translation>
    </message>
    <message numerus="yes">
        <source>This field takes a code of at most %n character(s); the sample &quot;%1&quot; needs a lookup table.</source>
        <translation>
            <numerusform>Dieses Feld nimmt einen Code von höchstens %n Zeichen; das Beispiel „%1“ braucht eine Zuordnungstabelle.</numerusform>
            <numerusform>Dieses Feld nimmt einen Code von höchstens %n Zeichen; das Beispiel „%1“ braucht eine Zuordnungstabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another source fits this field as well.</source>
        <translation>Eine andere Quelle passt ebenso zu diesem Feld.</translation>
    </message>
    <message>
        <source>It fits %1 better.</source>
        <translation>Sie passt besser zu %1.</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>eine Webadresse</translation>
    </message>
    <message>
        <source>This field is about %1; the source does not say so.</source>
        <translation>Dieses Feld betrifft %1; die Quelle nennt das nicht.</translation>
    </message>
    <message>
        <source>The source is the %1 of a %2, not a %2.</source>
        <translation>Die Quelle ist %1 von %2, nicht %2 selbst.</translation>
    </message>
    <message>
        <source>Only one of the names says: %1.</source>
        <translation>Nur einer der Namen enthält: %1.</translation>
    </message>
    <message>
        <source>The sample has %1 characters; this field takes an identifier of at most %2, which cannot be shortened.</source>
        <translation>Das Beispiel hat %1 Zeichen; dieses Feld fasst eine Kennung von höchstens %2 Zeichen, die nicht gekürzt werden kann.</translation>
    </message>
    <message>
        <source>Another source fits this field as well; this one is the primary one.</source>
        <translation>Eine andere Quelle passt ebenso zu diesem Feld; diese hier ist die vorrangige.</translation>
    </message>
    <message>
        <source>The example document leaves this field empty, although the source holds “%1”.</source>
        <translation>Der Beispielbeleg lässt dieses Feld leer, obwohl die Quelle „%1“ enthält.</translation>
    </message>
    <message>
        <source>The example document holds “%1” here, as %2 does; the source&apos;s sample is empty.</source>
        <translation>Der Beispielbeleg enthält hier „%1“, wie %2; das Beispiel der Quelle ist leer.</translation>
    </message>
    <message>
        <source>The example document holds “%1” here, as %2 does, not “%3”.</source>
        <translation>Der Beispielbeleg enthält hier „%1“, wie %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>The example document holds “%1” here, which no source field holds: a constant, a SYSPRO code or a lookup.</source>
        <translation>Der Beispielbeleg enthält hier „%1“, was in keinem Quellfeld steht: ein fester Wert, ein SYSPRO-Code oder eine Zuordnungstabelle.</translation>
    </message>
    <message>
        <source>The example document holds the same “%1” here.</source>
        <translation>Der Beispielbeleg enthält hier dasselbe „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The example document holds “%1” here: the source&apos;s value cut to the field&apos;s %n character(s).</source>
        <translation>
            <numerusform>Der Beispielbeleg enthält hier „%1“: den Wert der Quelle, gekürzt auf das %n Zeichen des Felds.</numerusform>
            <numerusform>Der Beispielbeleg enthält hier „%1“: den Wert der Quelle, gekürzt auf die %n Zeichen des Felds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The example document holds “%1” here: the first line of the source&apos;s value.</source>
        <translation>Der Beispielbeleg enthält hier „%1“: die erste Zeile des Werts der Quelle.</translation>
    </message>
    <message>
        <source>The example document holds the same day here (“%1”).</source>
        <translation>Der Beispielbeleg enthält hier denselben Tag („%1“).</translation>
    </message>
    <message>
        <source>The example document holds the same amount here (“%1”).</source>
        <translation>Der Beispielbeleg enthält hier denselben Betrag („%1“).</translation>
    </message>
    <message>
        <source>The example document holds “%1” here: the source&apos;s amount in minor units.</source>
        <translation>Der Beispielbeleg enthält hier „%1“: den Betrag der Quelle in kleinsten Währungseinheiten.</translation>
    </message>
    <message>
        <source>The example document holds “%1” here: the source&apos;s amount with the other sign.</source>
        <translation>Der Beispielbeleg enthält hier „%1“: den Betrag der Quelle mit umgekehrtem Vorzeichen.</translation>
    </message>
    <message>
        <source>So do %1, which is the same field.</source>
        <translation>Ebenso %1, das dasselbe Feld ist.</translation>
    </message>
    <message>
        <source>So do %1; this name fits better.</source>
        <translation>Ebenso %1; dieser Name passt besser.</translation>
    </message>
    <message>
        <source>So do %1; nothing says which.</source>
        <translation>Ebenso %1; nichts sagt, welches.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Synonyms</name>
    <message>
        <source>this is not a synonym list (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>dies ist keine Synonymliste („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <source>groups[%1] needs a &quot;concept&quot;.</source>
        <translation>groups[%1] braucht ein „concept“.</translation>
    </message>
    <message>
        <source>groups[%1] (%2) needs &quot;terms&quot;.</source>
        <translation>groups[%1] (%2) braucht „terms“.</translation>
    </message>
    <message>
        <source>groups[%1] (%2) has an empty term.</source>
        <translation>groups[%1] (%2) hat einen leeren Begriff.</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is in both %2 and %3.</source>
        <translation>der Begriff „%1“ steht sowohl in %2 als auch in %3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>this is not an abbreviation list (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>dies ist keine Abkürzungsliste („format“ muss „%1“ sein).</translation>
    </message>
    <message>
        <source>the abbreviation &quot;%1&quot; must be one word standing for one or more words.</source>
        <translation>die Abkürzung „%1“ muss ein Wort sein, das für ein oder mehrere Wörter steht.</translation>
    </message>
    <message>
        <source>%1 covers %2, which is not a group.</source>
        <translation>%1 umfasst %2, das keine Gruppe ist.</translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Transform</name>
    <message>
        <source>source field %1 holds the fraction %2; amounts must come as whole minor units with a currency.</source>
        <translation>Das Quellfeld %1 enthält die Dezimalzahl %2; Beträge müssen als ganze Untereinheiten mit Währung geliefert werden.</translation>
    </message>
    <message>
        <source>source field %1 is a group of fields (%2); map one of them, for example %1.%3.</source>
        <translation>Das Quellfeld %1 ist eine Gruppe von Feldern (%2); ordnen Sie eines davon zu, zum Beispiel %1.%3.</translation>
    </message>
    <message>
        <source>source field %1 is a list; pick one element, as in %1[0], or map it per line.</source>
        <translation>Das Quellfeld %1 ist eine Liste; wählen Sie ein Element aus, wie in %1[0], oder ordnen Sie es zeilenweise zu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected ISO 8601 such as 2026-11-21 or 2026-11-21T10:15:00Z.</source>
        <translation>„%1“ ist kein Datum; erwartet wird ISO 8601 wie 2026-11-21 oder 2026-11-21T10:15:00Z.</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text, a whole number, true/false or an amount {&quot;minor&quot;, &quot;currency&quot;}.</source>
        <translation>&quot;value&quot; muss Text, eine ganze Zahl, true/false oder ein Betrag {&quot;minor&quot;, &quot;currency&quot;} sein.</translation>
    </message>
    <message>
        <source>a %1 step needs a &quot;value&quot;.</source>
        <translation>Ein Schritt vom Typ %1 benötigt einen &quot;value&quot;.</translation>
    </message>
    <message>
        <source>a lookup needs a non-empty &quot;table&quot; of source value → target value.</source>
        <translation>Ein lookup-Schritt benötigt eine nicht leere &quot;table&quot; mit Quellwert → Zielwert.</translation>
    </message>
    <message>
        <source>lookup value for &quot;%1&quot; must be text.</source>
        <translation>Der Wert für „%1“ in der Zuordnungstabelle muss Text sein.</translation>
    </message>
    <message>
        <source>&quot;to&quot; must be the target currency, such as GBP.</source>
        <translation>&quot;to&quot; muss die Zielwährung sein, etwa GBP.</translation>
    </message>
    <message>
        <source>an address step needs &quot;lines&quot;: the target field for each address line, such as [&quot;ShipAddress1&quot;, …, &quot;ShipAddress5&quot;].</source>
        <translation>Ein address-Schritt benötigt &quot;lines&quot;: das Zielfeld für jede Adresszeile, etwa [&quot;ShipAddress1&quot;, …, &quot;ShipAddress5&quot;].</translation>
    </message>
    <message>
        <source>&quot;lineLength&quot; must be at least 10.</source>
        <translation>&quot;lineLength&quot; muss mindestens 10 sein.</translation>
    </message>
    <message>
        <source>&quot;case&quot; must be keep, upper or title.</source>
        <translation>&quot;case&quot; muss keep, upper oder title sein.</translation>
    </message>
    <message>
        <source>each rule needs an &quot;account&quot;.</source>
        <translation>Jede Regel benötigt ein &quot;account&quot;.</translation>
    </message>
    <message>
        <source>GL account derivation needs &quot;rules&quot; or a &quot;default&quot; account.</source>
        <translation>Die Sachkontenermittlung benötigt &quot;rules&quot; oder ein &quot;default&quot;-Konto.</translation>
    </message>
    <message>
        <source>concat needs &quot;parts&quot;: text, or steps that produce text.</source>
        <translation>concat benötigt &quot;parts&quot;: Text oder Schritte, die Text erzeugen.</translation>
    </message>
    <message>
        <source>substring needs &quot;start&quot; (0 or more) and &quot;length&quot; (1 or more).</source>
        <translation>substring benötigt &quot;start&quot; (0 oder größer) und &quot;length&quot; (1 oder größer).</translation>
    </message>
    <message>
        <source>hashToLength needs a &quot;length&quot; of at least 12 (it keeps a prefix and adds a 9-character hash).</source>
        <translation>hashToLength benötigt eine &quot;length&quot; von mindestens 12 (es behält ein Präfix und hängt einen Hash aus 9 Zeichen an).</translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannter Schritttyp &quot;%1&quot;. Verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>expected a list of steps, such as [{&quot;type&quot;: &quot;path&quot;, &quot;path&quot;: &quot;vendorTxCode&quot;}].</source>
        <translation>Erwartet wird eine Liste von Schritten, etwa [{&quot;type&quot;: &quot;path&quot;, &quot;path&quot;: &quot;vendorTxCode&quot;}].</translation>
    </message>
    <message>
        <source>a step must be an object with a &quot;type&quot;.</source>
        <translation>Ein Schritt muss ein Objekt mit &quot;type&quot; sein.</translation>
    </message>
    <message>
        <source>the source has no field %1. Check the path, or mark it optional and give a default.</source>
        <translation>Die Quelle hat kein Feld %1. Prüfen Sie den Pfad, oder markieren Sie ihn als optional und geben Sie einen Standardwert an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the lookup table (known: %2). Add it to the table or give a default.</source>
        <translation>„%1“ ist nicht in der Zuordnungstabelle enthalten (bekannt: %2). Fügen Sie den Wert der Tabelle hinzu, oder geben Sie einen Standardwert an.</translation>
    </message>
    <message>
        <source>currency conversion needs an amount with its currency, not %1.</source>
        <translation>Die Währungsumrechnung benötigt einen Betrag mit Währung (erhalten: %1).</translation>
    </message>
    <message>
        <source>the source has no address at %1.</source>
        <translation>Die Quelle hat keine Adresse unter %1.</translation>
    </message>
    <message>
        <source>no GL account rule matches this transaction (%1). Add a rule or a default account.</source>
        <translation>Keine Sachkontenregel passt zu dieser Transaktion (%1). Fügen Sie eine Regel oder ein Standardkonto hinzu.</translation>
    </message>
    <message>
        <source>%1 cannot be negated: the result is too large.</source>
        <translation>Das Vorzeichen von %1 kann nicht umgekehrt werden: Das Ergebnis ist zu groß.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, so it cannot be negated. Negate an amount, a whole number or a decimal such as 10.50.</source>
        <translation>„%1“ ist keine Zahl, daher kann das Vorzeichen nicht umgekehrt werden. Kehren Sie das Vorzeichen eines Betrags, einer ganzen Zahl oder einer Dezimalzahl wie 10.50 um.</translation>
    </message>
    <message>
        <source>a negate step needs an amount or a number, not %1.</source>
        <translation>ein negate-Schritt benötigt einen Betrag oder eine Zahl, nicht %1.</translation>
    </message>
</context>
<context>
    <name>bridge::net::NetworkJob</name>
    <message>
        <source>The request to %1 could not be created.</source>
        <translation>Die Anfrage an %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The call to %1 was cancelled before it finished; it may or may not have taken effect there.</source>
        <translation>Der Aufruf an %1 wurde vor seinem Abschluss abgebrochen; ob er dort bereits wirksam wurde, ist unbekannt.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2); the request will be tried again.</source>
        <translation>%1 ist vorübergehend nicht verfügbar (HTTP %2); die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the user name and password in Settings.</source>
        <translation>%1 hat die Anmeldedaten abgelehnt (HTTP %2). Prüfen Sie Benutzername und Kennwort unter „Einstellungen“.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified, so nothing was sent. Check the address in Settings and the system&apos;s certificate store.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden, daher wurde nichts gesendet. Prüfen Sie die Adresse unter „Einstellungen“ und den Zertifikatspeicher des Systems.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. The request will be tried again.</source>
        <translation>%1 ist nicht erreichbar: %2. Die Anfrage wird erneut versucht.</translation>
    </message>
    <message>
        <source>%1 did not answer within %L2 seconds. The request may or may not have taken effect; it will be checked and tried again.</source>
        <translation>%1 hat nicht innerhalb von %L2 Sekunden geantwortet. Ob die Anfrage wirksam wurde, ist unbekannt; sie wird geprüft und erneut versucht.</translation>
    </message>
</context>
<context>
    <name>bridge::net::SingleAttemptReply</name>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>The answer is larger than 64 MiB.</source>
        <translation>Die Antwort ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>The connection closed before any answer arrived</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine Antwort eintraf</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the answer</source>
        <translation>Die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>The answer does not start with an HTTP status line.</source>
        <translation>Die Antwort beginnt nicht mit einer HTTP-Statuszeile.</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::NotificationIntake</name>
    <message>
        <source>A notification of %1 bytes was refused unread (the limit is %2).</source>
        <translation>Eine Benachrichtigung mit %1 Bytes wurde ungelesen abgewiesen (die Grenze liegt bei %2).</translation>
    </message>
    <message>
        <source>A notification arrived for transaction %1 (%2), which the bridge did not register, so it cannot be verified.</source>
        <translation>Für die Transaktion %1 (%2), die nicht von der Bridge registriert wurde, ist eine Benachrichtigung eingegangen; sie kann daher nicht verifiziert werden.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::OpayoErrors</name>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>Opayo could not process the request just now (HTTP %1). Nothing needs fixing; the bridge checks the transaction&apos;s state and tries again.</source>
        <translation>Opayo konnte die Anfrage gerade nicht verarbeiten (HTTP %1). Es ist nichts zu korrigieren; die Bridge prüft den Status der Transaktion und versucht es erneut.</translation>
    </message>
    <message>
        <source>Opayo refused the integration key and password (code %1). Check the Opayo connection in Settings: the key and password must belong to this vendor and environment (test or live), and generating new ones in MyOpayo replaces the old pair.</source>
        <translation>Opayo hat Integrationsschlüssel und -kennwort abgelehnt (Code %1). Prüfen Sie die Opayo-Verbindung unter „Einstellungen“: Schlüssel und Kennwort müssen zu diesem Händler und dieser Umgebung (Test oder Produktiv) gehören, und wenn Sie in MyOpayo neue erzeugen, wird das alte Paar ersetzt.</translation>
    </message>
    <message>
        <source>Opayo does not know this transaction (code 1012). Check the transaction id; a transaction created moments ago may take a few seconds to appear.</source>
        <translation>Opayo kennt diese Transaktion nicht (Code 1012). Prüfen Sie die Transaktions-ID; eine gerade erst angelegte Transaktion kann einige Sekunden brauchen, bis sie erscheint.</translation>
    </message>
    <message>
        <source>Opayo does not allow this operation on this type of transaction (code 1013), e.g. a release on a payment or a refund of a refund.</source>
        <translation>Opayo erlaubt diesen Vorgang für diese Art von Transaktion nicht (Code 1013), z. B. eine Freigabe (release) einer Zahlung oder eine Erstattung einer Erstattung.</translation>
    </message>
    <message>
        <source>The transaction is not in a state that allows this operation (code 1014), e.g. it was declined, aborted or is a deferred payment not yet released.</source>
        <translation>Die Transaktion befindet sich nicht in einem Status, der diesen Vorgang erlaubt (Code 1014), z. B. weil sie abgelehnt oder abgebrochen wurde oder eine noch nicht freigegebene zurückgestellte Zahlung (deferred) ist.</translation>
    </message>
    <message>
        <source>Opayo no longer allows this operation on the transaction (code 1017): it was already done, or the transaction has been settled (void works only on the day of the payment). Use a refund instead of a void after settlement.</source>
        <translation>Opayo erlaubt diesen Vorgang für die Transaktion nicht mehr (Code 1017): Er wurde bereits ausgeführt, oder die Transaktion ist bereits abgerechnet (ein Storno ist nur am Tag der Zahlung möglich). Verwenden Sie nach der Abrechnung eine Erstattung statt eines Stornos.</translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund on the original payment (code 1018). Reduce the amount to at most the remaining balance.</source>
        <translation>Die Erstattung ist höher als der Betrag, der für die ursprüngliche Zahlung noch erstattet werden kann (Code 1018). Verringern Sie den Betrag auf höchstens den Restbetrag.</translation>
    </message>
    <message>
        <source>The release amount is larger than the deferred amount (code 1021). Release at most the amount that was authorised.</source>
        <translation>Der Freigabebetrag ist höher als der zurückgestellte Betrag (Code 1021). Geben Sie höchstens den autorisierten Betrag frei.</translation>
    </message>
    <message>
        <source>Opayo has no instructions for this transaction (code 1019).</source>
        <translation>Zu dieser Transaktion liegen bei Opayo keine Anweisungen vor (Code 1019).</translation>
    </message>
    <message>
        <source>The merchant session key or card identifier is unknown or has expired (code %1). They last 400 seconds and are single use; start the card entry again.</source>
        <translation>Der merchant session key oder card identifier ist unbekannt oder abgelaufen (Code %1). Beide sind 400 Sekunden gültig und nur einmal verwendbar; starten Sie die Karteneingabe erneut.</translation>
    </message>
    <message>
        <source>The card number is not valid or not supported (code %1).</source>
        <translation>Die Kartennummer ist ungültig oder wird nicht unterstützt (Code %1).</translation>
    </message>
    <message>
        <source>Opayo does not accept the currency given in %1 (code 1010). Use an ISO 4217 code that the merchant account supports.</source>
        <translation>Opayo akzeptiert die angegebene Währung nicht (Code 1010; betrifft %1). Verwenden Sie einen ISO-4217-Code, den das Händlerkonto unterstützt.</translation>
    </message>
    <message>
        <source>Opayo needs a whole number of minor units in %1 (code 1016), e.g. 1050 for 10.50 GBP.</source>
        <translation>Opayo erwartet eine ganze Zahl von Untereinheiten (Code 1016; betrifft %1), z. B. 1050 für 10.50 GBP.</translation>
    </message>
    <message>
        <source>The card is already saved as reusable (code 1020); do not ask to save it again.</source>
        <translation>Die Karte ist bereits als wiederverwendbar gespeichert (Code 1020); fordern Sie das Speichern nicht erneut an.</translation>
    </message>
    <message>
        <source>Opayo has already seen this vendorTxCode (code 4042). Every transaction, refund and repeat needs its own unique vendorTxCode; check whether the earlier one went through before sending a new one.</source>
        <translation>Opayo kennt diesen vendorTxCode bereits (Code 4042). Jede Transaktion, Erstattung und Wiederholungszahlung (repeat) benötigt einen eigenen, eindeutigen vendorTxCode; prüfen Sie, ob die frühere Transaktion durchgegangen ist, bevor Sie eine neue senden.</translation>
    </message>
    <message>
        <source>Opayo rejected the value of %1 (code %2: %3). Correct that field and send the request again.</source>
        <translation>Opayo hat einen Wert abgelehnt (betrifft %1; Code %2: %3). Korrigieren Sie den Wert, und senden Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <source>Opayo refused the request (HTTP %1). Check the Opayo connection settings.</source>
        <translation>Opayo hat die Anfrage abgelehnt (HTTP %1). Prüfen Sie die Einstellungen der Opayo-Verbindung.</translation>
    </message>
    <message>
        <source>Opayo rejected the request (HTTP %1, code %2): %3. Check %4 and try again.</source>
        <translation>Opayo hat die Anfrage abgelehnt (HTTP %1, Code %2): %3. Prüfen Sie %4, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The Opayo Reporting API refused the vendor, user or password (error %1: %2). Check the Reporting user and password in Settings; it is a MyOpayo user with API rights, not the Pi integration key.</source>
        <translation>Die Opayo Reporting API hat Händler, Benutzer oder Kennwort abgelehnt (Fehler %1: %2). Prüfen Sie Reporting-Benutzer und -Kennwort unter „Einstellungen“; es handelt sich um einen MyOpayo-Benutzer mit API-Rechten, nicht um den Pi-Integrationsschlüssel.</translation>
    </message>
    <message>
        <source>The Opayo Reporting API answered with error %1: %2.</source>
        <translation>Die Opayo Reporting API hat mit Fehler %1 geantwortet: %2.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PaymentEvent</name>
    <message>
        <source>The payment event from the shop is not in the agreed format: %1. See docs/opayo-events.md; the shop must fix and resend it.</source>
        <translation>Das Zahlungsereignis aus dem Shop entspricht nicht dem vereinbarten Format: %1. Siehe docs/opayo-events.md; der Shop muss es korrigieren und erneut senden.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PaymentEventVerifier</name>
    <message>
        <source>No shared secret is set for the shop&apos;s payment events, so none can be accepted. Set the webhook secret in Settings.</source>
        <translation>Für die Zahlungsereignisse des Shops ist kein gemeinsamer geheimer Schlüssel festgelegt, daher kann keines angenommen werden. Legen Sie den geheimen Webhook-Schlüssel unter „Einstellungen“ fest.</translation>
    </message>
    <message>
        <source>A payment event of %1 bytes was refused unread (the limit is %2).</source>
        <translation>Ein Zahlungsereignis mit %1 Bytes wurde ungelesen abgewiesen (die Grenze liegt bei %2).</translation>
    </message>
    <message>
        <source>The payment event has no valid %1 header (Unix seconds), so it was refused.</source>
        <translation>Das Zahlungsereignis hat keinen gültigen Header %1 (Unix-Sekunden) und wurde daher abgewiesen.</translation>
    </message>
    <message>
        <source>The payment event is timestamped %1 seconds away from this computer&apos;s clock (at most %2 allowed), so it was refused as a possible replay. Check both clocks; the shop should resend it with a fresh signature.</source>
        <translation>Der Zeitstempel des Zahlungsereignisses weicht um %1 Sekunden von der Uhr dieses Computers ab (zulässig sind höchstens %2); es wurde daher als mögliche Wiederholung (Replay) abgewiesen. Prüfen Sie beide Uhren; der Shop sollte es mit einer neuen Signatur erneut senden.</translation>
    </message>
    <message>
        <source>The payment event&apos;s signature does not match, so it was refused. The shop and the bridge must use the same webhook secret.</source>
        <translation>Die Signatur des Zahlungsereignisses stimmt nicht überein; es wurde daher abgewiesen. Shop und Bridge müssen denselben geheimen Webhook-Schlüssel verwenden.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PiClient</name>
    <message>
        <source>The vendorTxCode &quot;%1&quot; cannot be sent to Opayo: it must be 1 to 40 letters, digits or - . _ { }.</source>
        <translation>Der vendorTxCode „%1“ kann nicht an Opayo gesendet werden: Er muss aus 1 bis 40 Buchstaben, Ziffern oder - . _ { } bestehen.</translation>
    </message>
    <message>
        <source>The amount %1 cannot be sent to Opayo: it must be more than zero.</source>
        <translation>Der Betrag %1 kann nicht an Opayo gesendet werden: Er muss größer als null sein.</translation>
    </message>
    <message>
        <source>The description must be 1 to %1 characters for Opayo; it has %2.</source>
        <translation>Die Beschreibung muss für Opayo 1 bis %1 Zeichen lang sein; sie hat %2.</translation>
    </message>
    <message>
        <source>The release amount %1 must be more than zero.</source>
        <translation>Der Freigabebetrag %1 muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PiJsonParser</name>
    <message>
        <source>Opayo&apos;s answer could not be read as JSON. This is usually temporary; if it persists, contact Opayo support with the time of the request.</source>
        <translation>Die Antwort von Opayo konnte nicht als JSON gelesen werden. Dies ist meist vorübergehend; falls es weiterhin auftritt, wenden Sie sich mit dem Zeitpunkt der Anfrage an den Opayo-Support.</translation>
    </message>
    <message>
        <source>Opayo answered with a number that has a decimal point; Pi amounts are whole minor units, so the answer is not trusted. Check the transaction in MyOpayo.</source>
        <translation>Opayo hat mit einer Zahl mit Dezimaltrennzeichen geantwortet; Pi-Beträge sind ganze Untereinheiten, daher wird der Antwort nicht vertraut. Prüfen Sie die Transaktion in MyOpayo.</translation>
    </message>
    <message>
        <source>Opayo&apos;s answer has no transactionId, so the transaction cannot be followed up. Look it up in MyOpayo by its vendorTxCode.</source>
        <translation>Die Antwort von Opayo enthält keine transactionId, daher kann die Transaktion nicht weiterverfolgt werden. Suchen Sie sie in MyOpayo anhand ihres vendorTxCode.</translation>
    </message>
    <message>
        <source>Opayo answered with the unknown currency &quot;%1&quot; for transaction %2.</source>
        <translation>Opayo hat für die Transaktion %2 mit der unbekannten Währung „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Opayo answered with an amount that is not a whole number of minor units (amount.%1) for transaction %2.</source>
        <translation>Opayo hat für die Transaktion %2 mit einem Betrag geantwortet, der keine ganze Zahl von Untereinheiten ist (amount.%1).</translation>
    </message>
    <message>
        <source>Opayo&apos;s answer to the instruction does not say which instruction it recorded. Check the transaction in MyOpayo before repeating it.</source>
        <translation>Die Antwort von Opayo auf die Anweisung gibt nicht an, welche Anweisung erfasst wurde. Prüfen Sie die Transaktion in MyOpayo, bevor Sie den Vorgang wiederholen.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::ReportingClient</name>
    <message>
        <source>The date range for the Opayo report is not valid: give a start and an end, the end not before the start.</source>
        <translation>Der Datumsbereich für den Opayo-Bericht ist ungültig: Geben Sie einen Beginn und ein Ende an, wobei das Ende nicht vor dem Beginn liegen darf.</translation>
    </message>
    <message>
        <source>Report rows start at 1 and the last row cannot be before the first (asked for %1 to %2).</source>
        <translation>Berichtszeilen beginnen bei 1, und die letzte Zeile darf nicht vor der ersten liegen (angefordert: %1 bis %2).</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::ReportingXmlParser</name>
    <message>
        <source>The Opayo Reporting API answer could not be read. If this persists, check the Reporting URL in Settings.</source>
        <translation>Die Antwort der Opayo Reporting API konnte nicht gelesen werden. Falls dies weiterhin auftritt, prüfen Sie die Reporting-URL unter „Einstellungen“.</translation>
    </message>
</context>
<context>
    <name>bridge::opayo::ServerNotification</name>
    <message>
        <source>The notification is larger than %1 bytes and was refused unread.</source>
        <translation>Die Benachrichtigung ist größer als %1 Bytes und wurde ungelesen abgewiesen.</translation>
    </message>
    <message>
        <source>The notification is empty. Opayo sends its fields as a form POST.</source>
        <translation>Die Benachrichtigung ist leer. Opayo sendet seine Felder als Formular-POST.</translation>
    </message>
    <message>
        <source>The notification has more than %1 fields.</source>
        <translation>Die Benachrichtigung hat mehr als %1 Felder.</translation>
    </message>
    <message>
        <source>The notification is not a form body (a field has no name=value).</source>
        <translation>Die Benachrichtigung ist kein Formularinhalt (ein Feld hat kein name=value).</translation>
    </message>
    <message>
        <source>The notification has a field name with characters Opayo does not use.</source>
        <translation>Die Benachrichtigung enthält einen Feldnamen mit Zeichen, die Opayo nicht verwendet.</translation>
    </message>
    <message>
        <source>The notification has no %1 field, so it cannot be checked.</source>
        <translation>Die Benachrichtigung hat kein Feld %1 und kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The notification for %1 does not carry a valid VPSSignature, so it was not accepted. If this repeats for genuine payments, check the vendor name in Settings (it is used in lower case) and that the SecurityKey stored at registration belongs to this transaction.</source>
        <translation>Die Benachrichtigung für %1 enthält keine gültige VPSSignature und wurde daher nicht angenommen. Wenn dies bei echten Zahlungen wiederholt auftritt, prüfen Sie den Händlernamen unter „Einstellungen“ (er wird in Kleinbuchstaben verwendet) und ob der bei der Registrierung gespeicherte SecurityKey zu dieser Transaktion gehört.</translation>
    </message>
</context>
<context>
    <name>bridge::reconcile::Matcher</name>
    <message>
        <source>The matching options are out of range: tolerances must not be negative, the fee tolerance is at most 10,000 basis points, the date window 0 to 366 days, the settlement lag 0 to 31 days and confidences 0 to 1,000 per mille.</source>
        <translation>Die Abgleichsoptionen liegen außerhalb des zulässigen Bereichs: Toleranzen dürfen nicht negativ sein, die Gebührentoleranz beträgt höchstens 10.000 Basispunkte, das Datumsfenster 0 bis 366 Tage, der Abrechnungsverzug 0 bis 31 Tage und die Konfidenz 0 bis 1.000 Promille.</translation>
    </message>
    <message>
        <source>A reconciliation run takes fewer than 4,294,967,295 rows per side.</source>
        <translation>Ein Abstimmungslauf verarbeitet weniger als 4.294.967.295 Zeilen je Seite.</translation>
    </message>
    <message>
        <source>Settlement line %1 (batch %2)</source>
        <translation>Abrechnungszeile %1 (Abrechnungslauf %2)</translation>
    </message>
    <message>
        <source>%1 refers to a string the input does not hold.</source>
        <translation>%1 verweist auf eine Zeichenkette, die in den Eingabedaten nicht enthalten ist.</translation>
    </message>
    <message>
        <source>%1 has the amount %2; settlement amounts are positive and the line type says which way the money went.</source>
        <translation>%1 hat den Betrag %2; Abrechnungsbeträge sind positiv, und die Zeilenart gibt an, in welche Richtung das Geld geflossen ist.</translation>
    </message>
    <message>
        <source>%1 has a negative fee (%2 minor units).</source>
        <translation>%1 hat eine negative Gebühr (%2 Untereinheiten).</translation>
    </message>
    <message>
        <source>%1 has %2 as the card&apos;s last four digits; expected 0000 to 9999 or none.</source>
        <translation>%1 hat %2 als letzte vier Ziffern der Karte; erwartet werden 0000 bis 9999 oder keine Angabe.</translation>
    </message>
    <message>
        <source>Settlement line %1 is an acquirer fee without a batch id; fees are matched per batch.</source>
        <translation>Abrechnungszeile %1 ist eine Acquirer-Gebühr ohne Kennung des Abrechnungslaufs; Gebühren werden je Abrechnungslauf abgeglichen.</translation>
    </message>
    <message>
        <source>Ledger entry %1 refers to a string the input does not hold.</source>
        <translation>Ledger-Eintrag %1 verweist auf eine Zeichenkette, die in den Eingabedaten nicht enthalten ist.</translation>
    </message>
    <message>
        <source>Ledger entry %1 has no Opayo transactionId; every ledger row has one.</source>
        <translation>Ledger-Eintrag %1 hat keine Opayo-transactionId; jede Ledger-Zeile hat eine.</translation>
    </message>
    <message>
        <source>Ledger entries %1 and %2 both have the transactionId %3; the ledger holds each transaction once.</source>
        <translation>Die Ledger-Einträge %1 und %2 haben beide die transactionId %3; das Ledger enthält jede Transaktion nur einmal.</translation>
    </message>
    <message>
        <source>Ledger entry %1 (transaction %2) has the amount %3; ledger amounts are positive and the kind says payment or refund.</source>
        <translation>Ledger-Eintrag %1 (Transaktion %2) hat den Betrag %3; Ledger-Beträge sind positiv, und die Art gibt an, ob es sich um eine Zahlung oder eine Erstattung handelt.</translation>
    </message>
    <message>
        <source>Ledger entry %1 has %2 as the card&apos;s last four digits; expected 0000 to 9999 or none.</source>
        <translation>Ledger-Eintrag %1 hat %2 als letzte vier Ziffern der Karte; erwartet werden 0000 bis 9999 oder keine Angabe.</translation>
    </message>
    <message>
        <source>SYSPRO document %1 has no transactionId or batch id it was posted for.</source>
        <translation>SYSPRO-Beleg %1 hat weder eine transactionId noch eine Kennung des Abrechnungslaufs, für die er gebucht wurde.</translation>
    </message>
    <message>
        <source>SYSPRO document %1 (%2) has the amount %3; document amounts are positive.</source>
        <translation>SYSPRO-Beleg %1 (%2) hat den Betrag %3; Belegbeträge sind positiv.</translation>
    </message>
    <message>
        <source>A batch&apos;s totals do not fit in 64 bits of minor units; the input cannot be right.</source>
        <translation>Die Summen eines Abrechnungslaufs passen nicht in 64 Bit an Untereinheiten; die Eingabedaten können nicht stimmen.</translation>
    </message>
</context>
<context>
    <name>bridge::reconcile::Reconciliation</name>
    <message>
        <source>matched</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>missing in SYSPRO</source>
        <translation>fehlt in SYSPRO</translation>
    </message>
    <message>
        <source>not yet settled (timing)</source>
        <translation>noch nicht abgerechnet (Zeitversatz)</translation>
    </message>
    <message>
        <source>amount mismatch</source>
        <translation>Betragsabweichung</translation>
    </message>
    <message>
        <source>currency mismatch</source>
        <translation>Währungsabweichung</translation>
    </message>
    <message>
        <source>duplicate in settlement</source>
        <translation>Duplikat in der Abrechnung</translation>
    </message>
    <message>
        <source>duplicate in SYSPRO</source>
        <translation>Duplikat in SYSPRO</translation>
    </message>
    <message>
        <source>refund not settled</source>
        <translation>Erstattung nicht abgerechnet</translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation>Rückbelastung</translation>
    </message>
    <message>
        <source>fee difference</source>
        <translation>Gebührendifferenz</translation>
    </message>
    <message>
        <source>unknown transaction</source>
        <translation>unbekannte Transaktion</translation>
    </message>
    <message>
        <source>missing in settlement</source>
        <translation>fehlt in der Abrechnung</translation>
    </message>
    <message>
        <source>uncertain match</source>
        <translation>unsicherer Abgleich</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>post the missing receipt</source>
        <translation>fehlenden Zahlungseingang buchen</translation>
    </message>
    <message>
        <source>post the missing credit note</source>
        <translation>fehlende Gutschrift buchen</translation>
    </message>
    <message>
        <source>post an adjustment journal</source>
        <translation>Korrekturjournal buchen</translation>
    </message>
    <message>
        <source>reverse the duplicate</source>
        <translation>Duplikat durch Gegenbuchung aufheben</translation>
    </message>
    <message>
        <source>wait for the next batch</source>
        <translation>auf den nächsten Abrechnungslauf warten</translation>
    </message>
    <message>
        <source>confirm the match by hand</source>
        <translation>Abgleich manuell bestätigen</translation>
    </message>
    <message>
        <source>investigate with Opayo or the acquirer</source>
        <translation>mit Opayo oder dem Acquirer klären</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>Opayo transactionId</source>
        <translation>Opayo-transactionId</translation>
    </message>
    <message>
        <source>vendorTxCode</source>
        <translation>vendorTxCode</translation>
    </message>
    <message>
        <source>amount, date and card last four</source>
        <translation>Betrag, Datum und letzte vier Kartenziffern</translation>
    </message>
    <message>
        <source>chargeback journal</source>
        <translation>Rückbelastungsjournal</translation>
    </message>
    <message>
        <source>fee journal</source>
        <translation>Gebührenjournal</translation>
    </message>
    <message>
        <source>Line %1 of batch %2 (transaction %3, vendorTxCode %4, %5)</source>
        <translation>Zeile %1 von Abrechnungslauf %2 (Transaktion %3, vendorTxCode %4, %5)</translation>
    </message>
    <message>
        <source>SYSPRO document %1 (%2)</source>
        <translation>SYSPRO-Beleg %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is booked in %2.</source>
        <translation>%1 ist in %2 gebucht.</translation>
    </message>
    <message>
        <source>%1 matches %2 by %3, as part of a group of %4 lines and %5 ledger entries.</source>
        <translation>%1 passt zu %2 (Kriterium: %3), als Teil einer Gruppe aus %4 Zeilen und %5 Ledger-Einträgen.</translation>
    </message>
    <message>
        <source>%1 matches %2 by %3 (confidence %4‰).</source>
        <translation>%1 passt zu %2 (Kriterium: %3, Konfidenz %4‰).</translation>
    </message>
    <message>
        <source>%1 matches %2, but SYSPRO has no receipt or credit note for it.</source>
        <translation>%1 passt zu %2, aber SYSPRO enthält dafür weder einen Zahlungseingang noch eine Gutschrift.</translation>
    </message>
    <message>
        <source>%1 matches %2 by %3, but the amounts differ by %4.</source>
        <translation>%1 passt zu %2 (Kriterium: %3), aber die Beträge weichen um %4 voneinander ab.</translation>
    </message>
    <message>
        <source>%1 matches %2, but %3 differs from the ledger by %4.</source>
        <translation>%1 passt zu %2, aber %3 weicht um %4 vom Ledger ab.</translation>
    </message>
    <message>
        <source>%1 settles %2 in another currency; nothing can be posted until Opayo explains it.</source>
        <translation>%1 rechnet %2 in einer anderen Währung ab; es kann nichts gebucht werden, bis Opayo dies erklärt.</translation>
    </message>
    <message>
        <source>%1 matches %2, but SYSPRO holds it twice; %3 is the duplicate.</source>
        <translation>%1 passt zu %2, aber SYSPRO enthält den Vorgang doppelt; %3 ist das Duplikat.</translation>
    </message>
    <message>
        <source>%1 is a chargeback of %2 with no journal in SYSPRO for it.</source>
        <translation>%1 ist eine Rückbelastung über %2, für die es in SYSPRO kein Buchungsjournal gibt.</translation>
    </message>
    <message>
        <source>%1 is an acquirer fee not booked in SYSPRO (difference %2).</source>
        <translation>%1 ist eine Acquirer-Gebühr, die nicht in SYSPRO gebucht ist (Differenz %2).</translation>
    </message>
    <message>
        <source>%1 settles %2 short by %3, within the fee tolerance: the acquirer kept it as a fee.</source>
        <translation>%1 rechnet %2 um %3 zu niedrig ab, innerhalb der Gebührentoleranz: Der Acquirer hat den Betrag als Gebühr einbehalten.</translation>
    </message>
    <message>
        <source>%1 matches no ledger entry by transactionId, vendorTxCode, or amount, date and card.</source>
        <translation>%1 passt zu keinem Ledger-Eintrag, weder über transactionId noch über vendorTxCode noch über Betrag, Datum und Karte.</translation>
    </message>
    <message>
        <source>%1 could be %2, but the confidence %3‰ is below the threshold.</source>
        <translation>%1 könnte zu %2 gehören, aber die Konfidenz von %3‰ liegt unter dem Schwellenwert.</translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation>Vorschlag: %1.</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>%1 is after the last settled batch&apos;s cut-off; it should be in the next batch.</source>
        <translation>%1 liegt nach dem Stichzeitpunkt des letzten abgerechneten Abrechnungslaufs; sie sollte im nächsten Abrechnungslauf enthalten sein.</translation>
    </message>
    <message>
        <source>%1 is in no settlement batch (refund of %2).</source>
        <translation>%1 ist in keinem Abrechnungslauf enthalten (Erstattung zu %2).</translation>
    </message>
    <message>
        <source>%1 is in no settlement batch although its batch has been settled.</source>
        <translation>%1 ist in keinem Abrechnungslauf enthalten, obwohl der zugehörige Abrechnungslauf bereits abgerechnet ist.</translation>
    </message>
    <message>
        <source>line %1 of batch %2</source>
        <translation>Zeile %1 von Abrechnungslauf %2</translation>
    </message>
    <message>
        <source>a settlement line</source>
        <translation>eine Abrechnungszeile</translation>
    </message>
    <message>
        <source>ledger %1 %2 (%3)</source>
        <translation>Ledger-%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Ledger %1 %2 (vendorTxCode %3, %4)</source>
        <translation>Ledger-%1 %2 (vendorTxCode %3, %4)</translation>
    </message>
    <message>
        <source>%1 is a candidate for %2, like another entry; not matched automatically.</source>
        <translation>%1 kommt ebenso wie ein anderer Eintrag für %2 infrage; nicht automatisch abgeglichen.</translation>
    </message>
    <message>
        <source>%1 is paired with %2: %3.</source>
        <translation>%1 ist %2 zugeordnet: %3.</translation>
    </message>
    <message>
        <source>%1 settles %2 again: %3 already did. The acquirer paid it twice.</source>
        <translation>%1 rechnet %2 erneut ab: %3 hat dies bereits getan. Der Acquirer hat den Betrag doppelt ausgezahlt.</translation>
    </message>
    <message>
        <source>%1 could be %2 or %3 (confidence %4‰ each or close); not matched automatically.</source>
        <translation>%1 könnte zu %2 oder zu %3 gehören (jeweils Konfidenz %4‰ oder ähnlich); nicht automatisch abgeglichen.</translation>
    </message>
</context>
<context>
    <name>bridge::settlement::ConfiguredSources</name>
    <message>
        <source>The settlement SFTP server %1 is set up, but neither settlement/sftpKeyRef nor settlement/sftpPasswordRef names a keychain entry (keychain:scope#name) holding the private key or the password.</source>
        <translation>Der Abrechnungs-SFTP-Server %1 ist eingerichtet, aber weder settlement/sftpKeyRef noch settlement/sftpPasswordRef nennt einen Schlüsselbund-Eintrag (keychain:scope#name) mit dem privaten Schlüssel oder dem Kennwort.</translation>
    </message>
</context>
<context>
    <name>bridge::settlement::SettlementCsv</name>
    <message>
        <source>The settlement CSV layout entry &quot;%1&quot; is not of the form field=Column name (setting settlement/csvColumns). Example: amount=Gross Amount.</source>
        <translation>Der Eintrag „%1“ des Abrechnungs-CSV-Layouts hat nicht die Form Feld=Spaltenname (Einstellung settlement/csvColumns). Beispiel: amount=Gross Amount.</translation>
    </message>
    <message>
        <source>The settlement CSV delimiter &quot;%1&quot; is not known (setting settlement/csvColumns). Use comma, semicolon or tab.</source>
        <translation>Das Trennzeichen „%1“ des Abrechnungs-CSV-Layouts ist unbekannt (Einstellung settlement/csvColumns). Verwenden Sie comma, semicolon oder tab.</translation>
    </message>
    <message>
        <source>The settlement CSV dateFormat is empty (setting settlement/csvColumns). Example: dateFormat=dd/MM/yyyy.</source>
        <translation>Das dateFormat des Abrechnungs-CSV-Layouts ist leer (Einstellung settlement/csvColumns). Beispiel: dateFormat=dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>The settlement CSV layout names the field &quot;%1&quot;, which the bridge does not know (setting settlement/csvColumns). Use one of: %2, delimiter, dateFormat, defaultAcquirer.</source>
        <translation>Das Abrechnungs-CSV-Layout nennt das Feld „%1“, das die Bridge nicht kennt (Einstellung settlement/csvColumns). Verwenden Sie eines von: %2, delimiter, dateFormat, defaultAcquirer.</translation>
    </message>
    <message>
        <source>The settlement CSV layout gives no column name for &quot;%1&quot; (setting settlement/csvColumns).</source>
        <translation>Das Abrechnungs-CSV-Layout gibt keinen Spaltennamen für „%1“ an (Einstellung settlement/csvColumns).</translation>
    </message>
    <message>
        <source>The settlement file %1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Die Abrechnungsdatei %1 ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The settlement file %1 is empty: it needs a header row naming its columns, then one line per settled transaction, fee or chargeback.</source>
        <translation>Die Abrechnungsdatei %1 ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen und dann eine Zeile je abgerechneter Transaktion, Gebühr oder Rückbelastung.</translation>
    </message>
    <message>
        <source>The settlement file %1 has no column &quot;%2&quot; (for the line&apos;s %3), so nothing of it was imported. Its header row names: %4. Say which column holds it in the settlement CSV layout (setting settlement/csvColumns), for example %3=%5.</source>
        <translation>Die Abrechnungsdatei %1 hat keine Spalte „%2“ (für %3 der Zeile), daher wurde nichts davon importiert. Ihre Kopfzeile nennt: %4. Geben Sie im Abrechnungs-CSV-Layout (Einstellung settlement/csvColumns) an, welche Spalte es enthält, zum Beispiel %3=%5.</translation>
    </message>
    <message>
        <source>The settlement file %1 has neither a &quot;%2&quot; nor a &quot;%3&quot; column, so no line could be matched to a payment; nothing was imported. Its header row names: %4. Name the column that holds Opayo&apos;s transaction id (VPSTxId) or the vendorTxCode in the setting settlement/csvColumns, for example transactionId=VPSTxId.</source>
        <translation>Die Abrechnungsdatei %1 hat weder eine Spalte „%2“ noch „%3“, daher konnte keine Zeile einer Zahlung zugeordnet werden; nichts wurde importiert. Ihre Kopfzeile nennt: %4. Nennen Sie die Spalte mit Opayos Transaktions-ID (VPSTxId) oder dem vendorTxCode in der Einstellung settlement/csvColumns, zum Beispiel transactionId=VPSTxId.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing); the rest of the file was read as that one cell</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen (ein &quot; fehlt); der Rest der Datei wurde als diese eine Zelle gelesen</translation>
    </message>
    <message>
        <source>it has %1 cells, the header row %2 (a stray delimiter, or a cell that should be in quotes)</source>
        <translation>sie hat %1 Zellen, die Kopfzeile %2 (ein überzähliges Trennzeichen oder eine Zelle, die in Anführungszeichen stehen sollte)</translation>
    </message>
    <message>
        <source>it contains what looks like a card number; the line was not read. Export the file with only the card&apos;s last four digits</source>
        <translation>sie enthält etwas, das wie eine Kartennummer aussieht; die Zeile wurde nicht gelesen. Exportieren Sie die Datei nur mit den letzten vier Ziffern der Karte</translation>
    </message>
    <message>
        <source>the settlement date &quot;%1&quot; is not a date of the form %2 (setting settlement/csvColumns, dateFormat=…)</source>
        <translation>das Abrechnungsdatum „%1“ ist kein Datum der Form %2 (Einstellung settlement/csvColumns, dateFormat=…)</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not one of payment, refund, fee, chargeback</source>
        <translation>der Typ „%1“ ist keiner von payment, refund, fee, chargeback</translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not an ISO 4217 code such as GBP or EUR</source>
        <translation>die Währung „%1“ ist kein ISO-4217-Code wie GBP oder EUR</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is zero; a settlement line moves money</source>
        <translation>der Betrag „%1“ ist null; eine Abrechnungszeile bewegt Geld</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a %2 amount: %3</source>
        <translation>der Betrag „%1“ ist kein Betrag in %2: %3</translation>
    </message>
    <message>
        <source>the fee &quot;%1&quot; is not a %2 amount: %3</source>
        <translation>die Gebühr „%1“ ist kein Betrag in %2: %3</translation>
    </message>
    <message>
        <source>the card column holds &quot;%1&quot;, not the card&apos;s last four digits</source>
        <translation>die Kartenspalte enthält „%1“, nicht die letzten vier Ziffern der Karte</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 Zeichen)</translation>
    </message>
    <message>
        <source>a %1 line needs a transaction id, a vendorTxCode or the card&apos;s last four digits to be matched to a payment</source>
        <translation>eine Zeile vom Typ %1 braucht eine Transaktions-ID, einen vendorTxCode oder die letzten vier Ziffern der Karte, um einer Zahlung zugeordnet zu werden</translation>
    </message>
    <message>
        <source>batch %1 was settled on %2 according to line %3, this line says %4</source>
        <translation>Abrechnungslauf %1 wurde laut Zeile %3 am %2 abgerechnet, diese Zeile sagt %4</translation>
    </message>
</context>
<context>
    <name>bridge::settlement::SettlementImport</name>
    <message>
        <source>The settlement file %1 could not be opened: %2. Check the path and that the bridge may read it.</source>
        <translation>Die Abrechnungsdatei %1 konnte nicht geöffnet werden: %2. Prüfen Sie den Pfad und ob die Bridge sie lesen darf.</translation>
    </message>
    <message>
        <source>The settlement folder %1 does not exist. Check the setting settlement/folder.</source>
        <translation>Der Abrechnungsordner %1 existiert nicht. Prüfen Sie die Einstellung settlement/folder.</translation>
    </message>
    <message>
        <source>%1 line %2 was not imported: %3.</source>
        <translation>%1 Zeile %2 wurde nicht importiert: %3.</translation>
    </message>
</context>
<context>
    <name>bridge::settlement::SftpSource</name>
    <message>
        <source>The settlement SFTP server is not set up: set settlement/sftpHost and settlement/sftpUser.</source>
        <translation>Der Abrechnungs-SFTP-Server ist nicht eingerichtet: Setzen Sie settlement/sftpHost und settlement/sftpUser.</translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation>libssh konnte keine Sitzung anlegen.</translation>
    </message>
    <message>
        <source>Could not connect to the settlement SFTP server %1: %2. Check settlement/sftpHost and settlement/sftpPort, and that the server is reachable.</source>
        <translation>Keine Verbindung zum Abrechnungs-SFTP-Server %1: %2. Prüfen Sie settlement/sftpHost und settlement/sftpPort und ob der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>The SFTP server %1 sent no host key.</source>
        <translation>Der SFTP-Server %1 hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>The settlement SFTP server %1 is not known: its host key is %2 %3. Nothing was downloaded. Compare this fingerprint with the one the server&apos;s administrator gives you, then put the server&apos;s known_hosts line (ssh-keyscan -p %4 %5) in the setting settlement/sftpKnownHost.</source>
        <translation>Der Abrechnungs-SFTP-Server %1 ist unbekannt: Sein Host-Schlüssel ist %2 %3. Es wurde nichts heruntergeladen. Vergleichen Sie diesen Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt, und tragen Sie dann die known_hosts-Zeile des Servers (ssh-keyscan -p %4 %5) in die Einstellung settlement/sftpKnownHost ein.</translation>
    </message>
    <message>
        <source>The settlement SFTP server %1 presented a different host key than the one in settlement/sftpKnownHost (it sent %2 %3). Nothing was sent or downloaded: the server may have been replaced, or someone is in between. Ask the server&apos;s administrator whether the key changed before updating the setting.</source>
        <translation>Der Abrechnungs-SFTP-Server %1 hat einen anderen Host-Schlüssel vorgelegt als den in settlement/sftpKnownHost (gesendet: %2 %3). Es wurde nichts gesendet oder heruntergeladen: Der Server könnte ersetzt worden sein oder jemand sitzt dazwischen. Fragen Sie den Administrator des Servers, ob sich der Schlüssel geändert hat, bevor Sie die Einstellung ändern.</translation>
    </message>
    <message>
        <source>The private key for the settlement SFTP server (keychain entry settlement/sftpKeyRef) could not be read. Store the key&apos;s OpenSSH or PEM text, without a passphrase.</source>
        <translation>Der private Schlüssel für den Abrechnungs-SFTP-Server (Schlüsselbund-Eintrag settlement/sftpKeyRef) konnte nicht gelesen werden. Speichern Sie den OpenSSH- oder PEM-Text des Schlüssels ohne Passphrase.</translation>
    </message>
    <message>
        <source>No private key or password for the settlement SFTP server: store one in the keychain and name it in settlement/sftpKeyRef or settlement/sftpPasswordRef.</source>
        <translation>Kein privater Schlüssel und kein Passwort für den Abrechnungs-SFTP-Server: Speichern Sie eines im Schlüsselbund und nennen Sie es in settlement/sftpKeyRef oder settlement/sftpPasswordRef.</translation>
    </message>
    <message>
        <source>The settlement SFTP server %1 refused the %2: %3. Check the user and the secret in the keychain.</source>
        <translation>Der Abrechnungs-SFTP-Server %1 hat %2 abgelehnt: %3. Prüfen Sie den Benutzer und das Geheimnis im Schlüsselbund.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>den privaten Schlüssel</translation>
    </message>
    <message>
        <source>The server %1 offers no SFTP: %2</source>
        <translation>Der Server %1 bietet kein SFTP an: %2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on the SFTP server %2 could not be opened (SFTP error %3). Check settlement/sftpDirectory.</source>
        <translation>Der Ordner „%1“ auf dem SFTP-Server %2 konnte nicht geöffnet werden (SFTP-Fehler %3). Prüfen Sie settlement/sftpDirectory.</translation>
    </message>
    <message>
        <source>The file %1 on the SFTP server %2 could not be opened (SFTP error %3).</source>
        <translation>Die Datei %1 auf dem SFTP-Server %2 konnte nicht geöffnet werden (SFTP-Fehler %3).</translation>
    </message>
    <message>
        <source>Reading %1 from the SFTP server %2 failed: %3</source>
        <translation>Das Lesen von %1 vom SFTP-Server %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The file %1 on the SFTP server %2 is larger than %3 MB; it is not a settlement file the bridge can read.</source>
        <translation>Die Datei %1 auf dem SFTP-Server %2 ist größer als %3 MB; das ist keine Abrechnungsdatei, die die Bridge lesen kann.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Alerts</name>
    <message>
        <source>An alert without a kind was raised (subject &quot;%1&quot;: %2); it was not stored. This is a defect in the bridge: report it together with the event log.</source>
        <translation>Es wurde eine Warnmeldung ohne Art ausgelöst (betrifft „%1“: %2); sie wurde nicht gespeichert. Dies ist ein Fehler in der Bridge: Melden Sie ihn zusammen mit dem Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot; (subject &quot;%2&quot;) was raised without a message, so an operator could not tell what happened; it was not stored. This is a defect in the bridge: report it together with the event log.</source>
        <translation>Die Warnmeldung „%1“ (betrifft „%2“) wurde ohne Meldungstext ausgelöst, sodass ein Operator nicht erkennen könnte, was geschehen ist; sie wurde nicht gespeichert. Dies ist ein Fehler in der Bridge: Melden Sie ihn zusammen mit dem Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>The database did not return the id of the alert &quot;%1&quot;.</source>
        <translation>Die Datenbank hat die ID der Warnmeldung „%1“ nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Alert %1 was not acknowledged: no user name was given, and every acknowledgement records who made it. Sign in again and retry.</source>
        <translation>Warnmeldung %1 wurde nicht bestätigt: Es wurde kein Benutzername angegeben, und bei jeder Bestätigung wird festgehalten, wer sie vorgenommen hat. Melden Sie sich erneut an, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no alert number %1, so it cannot be acknowledged. Refresh the list of alerts and choose the alert again.</source>
        <translation>Es gibt keine Warnmeldung mit der Nummer %1, daher kann sie nicht bestätigt werden. Aktualisieren Sie die Liste der Warnmeldungen, und wählen Sie die Warnmeldung erneut aus.</translation>
    </message>
    <message>
        <source>Alert %1 (%2) was already acknowledged by %3 at %4; nothing was changed. If the problem has come back since, it has a new open alert: refresh the list of alerts.</source>
        <translation>Warnmeldung %1 (%2) wurde bereits von %3 bestätigt (%4); es wurde nichts geändert. Falls das Problem seitdem erneut aufgetreten ist, gibt es dafür eine neue offene Warnmeldung: Aktualisieren Sie die Liste der Warnmeldungen.</translation>
    </message>
    <message>
        <source>Alert %1 changed while it was being acknowledged; try again.</source>
        <translation>Warnmeldung %1 wurde während der Bestätigung geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot list alerts: the page size must be at least 1 (it was %1).</source>
        <translation>Warnmeldungen können nicht aufgelistet werden: Die Seitengröße muss mindestens 1 betragen (sie war %1).</translation>
    </message>
    <message>
        <source>Cannot list the alerts after alert %1: there is no such alert. Reload the list of alerts from the start.</source>
        <translation>Die Warnmeldungen nach Warnmeldung %1 können nicht aufgelistet werden: Diese Warnmeldung existiert nicht. Laden Sie die Liste der Warnmeldungen von Anfang an neu.</translation>
    </message>
</context>
<context>
    <name>bridge::store::AuditLog</name>
    <message>
        <source>row %1 (%2 by %3 at %4)</source>
        <translation>Zeile %1 (%2 von %3, %4)</translation>
    </message>
    <message>
        <source>Audit log tampered at %1: rows %2 to %3 are missing (deleted).</source>
        <translation>Prüfprotokoll manipuliert bei %1: Die Zeilen %2 bis %3 fehlen (gelöscht).</translation>
    </message>
    <message>
        <source>Audit log tampered at %1: it does not follow the row before it (the chain is broken; a row was replaced or inserted).</source>
        <translation>Prüfprotokoll manipuliert bei %1: Die Zeile schließt nicht an die vorherige an (die Kette ist unterbrochen; eine Zeile wurde ersetzt oder eingefügt).</translation>
    </message>
    <message>
        <source>Audit log tampered at %1: its contents were changed after it was written (stored hash %2…, computed %3…).</source>
        <translation>Prüfprotokoll manipuliert bei %1: Der Inhalt wurde nach dem Schreiben geändert (gespeicherter Hash %2…, berechnet %3…).</translation>
    </message>
    <message>
        <source>Audit log does not end at the expected head %1…; it ends at row %2 with %3…. Rows may have been removed from the end.</source>
        <translation>Das Prüfprotokoll endet nicht beim erwarteten Kettenende %1…; es endet bei Zeile %2 mit %3…. Möglicherweise wurden Zeilen am Ende entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Prüfprotokoll intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::store::ChargebackCommands</name>
    <message>
        <source>The chargeback fee journal %1 was not queued: %2. Nothing was sent to SYSPRO; check the fee and the ledger codes in Settings.</source>
        <translation>Das Gebührenjournal der Rückbelastung %1 wurde nicht in die Warteschlange gestellt: %2. Es wurde nichts an SYSPRO gesendet; prüfen Sie die Gebühr und die Sachkonten unter „Einstellungen“.</translation>
    </message>
    <message>
        <source>The debit note of chargeback %1 would be for %2; it must be above zero.</source>
        <translation>Die Belastungsanzeige zu Rückbelastung %1 würde über %2 lauten; der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>a journal needs at least one debit and one credit</source>
        <translation>ein Journal benötigt mindestens eine Soll- und eine Habenbuchung</translation>
    </message>
    <message>
        <source>an entry has no ledger code</source>
        <translation>ein Eintrag hat kein Sachkonto</translation>
    </message>
    <message>
        <source>the entry for ledger %1 is zero</source>
        <translation>der Eintrag für Sachkonto %1 ist null</translation>
    </message>
    <message>
        <source>its debits and credits differ by %1 %2</source>
        <translation>Soll und Haben weichen um %1 %2 voneinander ab</translation>
    </message>
</context>
<context>
    <name>bridge::store::ChargebackCsv</name>
    <message>
        <source>The chargeback CSV layout entry &quot;%1&quot; is not of the form field=Column name (setting chargebacks/csvColumns). Example: amount=Dispute Amount.</source>
        <translation>Der Eintrag „%1“ im CSV-Layout für Rückbelastungen hat nicht die Form Feld=Spaltenname (Einstellung chargebacks/csvColumns). Beispiel: amount=Dispute Amount.</translation>
    </message>
    <message>
        <source>The chargeback CSV delimiter &quot;%1&quot; is not known (setting chargebacks/csvColumns). Use comma, semicolon or tab.</source>
        <translation>Das Trennzeichen „%1“ im CSV-Layout für Rückbelastungen ist unbekannt (Einstellung chargebacks/csvColumns). Verwenden Sie comma (Komma), semicolon (Semikolon) oder tab (Tabulator).</translation>
    </message>
    <message>
        <source>The chargeback CSV dateFormat is empty (setting chargebacks/csvColumns). Example: dateFormat=dd/MM/yyyy.</source>
        <translation>Das dateFormat im CSV-Layout für Rückbelastungen ist leer (Einstellung chargebacks/csvColumns). Beispiel: dateFormat=dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>The chargeback CSV layout names the field &quot;%1&quot;, which the bridge does not know (setting chargebacks/csvColumns). Use one of: %2, delimiter, dateFormat.</source>
        <translation>Das CSV-Layout für Rückbelastungen nennt das Feld „%1“, das die Bridge nicht kennt (Einstellung chargebacks/csvColumns). Verwenden Sie eines der folgenden: %2, delimiter, dateFormat.</translation>
    </message>
    <message>
        <source>The chargeback CSV layout gives no column name for &quot;%1&quot; (setting chargebacks/csvColumns).</source>
        <translation>Das CSV-Layout für Rückbelastungen gibt keinen Spaltennamen für „%1“ an (Einstellung chargebacks/csvColumns).</translation>
    </message>
    <message>
        <source>The chargeback file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Die Rückbelastungsdatei ist kein UTF-8-Text. Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The chargeback file is empty: it needs a header row naming its columns, then one line per chargeback.</source>
        <translation>Die Rückbelastungsdatei ist leer: Sie benötigt eine Kopfzeile mit den Spaltennamen und danach eine Zeile je Rückbelastung.</translation>
    </message>
    <message>
        <source>The chargeback file has no column &quot;%1&quot; (for the chargeback&apos;s %2), so nothing was imported. Its header row names: %3. Say which column holds it in the chargeback CSV layout (setting chargebacks/csvColumns), for example %2=%4.</source>
        <translation>Die Rückbelastungsdatei hat keine Spalte „%1“ (für das Feld %2 der Rückbelastung), daher wurde nichts importiert. Ihre Kopfzeile nennt: %3. Geben Sie im CSV-Layout für Rückbelastungen an, welche Spalte diesen Wert enthält (Einstellung chargebacks/csvColumns), zum Beispiel %2=%4.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing); the rest of the file was read as that one cell</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen (ein &quot; fehlt); der Rest der Datei wurde als diese eine Zelle gelesen</translation>
    </message>
    <message>
        <source>it has %1 cells, the header row %2 (a stray delimiter, or a cell that should be in quotes)</source>
        <translation>sie hat %1 Zellen, die Kopfzeile %2 (ein überzähliges Trennzeichen oder eine Zelle, die in Anführungszeichen stehen sollte)</translation>
    </message>
</context>
<context>
    <name>bridge::store::Chargebacks</name>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>angefochten</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>The Opayo transaction ID is missing. Copy it from the acquirer&apos;s notice or the Monitor page.</source>
        <translation>Die Opayo-Transaktions-ID fehlt. Kopieren Sie sie aus der Mitteilung des Acquirers oder von der Seite „Monitor“.</translation>
    </message>
    <message>
        <source>The transaction ID looks like a card number; the bridge never stores card numbers. Give Opayo&apos;s transaction ID instead.</source>
        <translation>Die Transaktions-ID sieht wie eine Kartennummer aus; die Bridge speichert nie Kartennummern. Geben Sie stattdessen die Transaktions-ID von Opayo an.</translation>
    </message>
    <message>
        <source>The acquirer is missing. Say which acquirer raised the chargeback (for example Opayo or Elavon).</source>
        <translation>Der Acquirer fehlt. Geben Sie an, welcher Acquirer die Rückbelastung ausgelöst hat (zum Beispiel Opayo oder Elavon).</translation>
    </message>
    <message>
        <source>The acquirer&apos;s reference is missing. It is on the acquirer&apos;s notice (case or dispute number).</source>
        <translation>Die Referenz des Acquirers fehlt. Sie steht in der Mitteilung des Acquirers (Fall- oder Streitfallnummer).</translation>
    </message>
    <message>
        <source>The acquirer&apos;s reference &quot;%1&quot; has %2 characters; at most %3 fit in SYSPRO&apos;s 30-character reference (with &quot;CB&quot; in front). Shorten it.</source>
        <translation>Die Referenz des Acquirers „%1“ hat %2 Zeichen; in die 30-stellige Referenz von SYSPRO passen (mit vorangestelltem „CB“) höchstens %3. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The acquirer&apos;s reference looks like a card number; the bridge never stores card numbers. Give the case or dispute number instead.</source>
        <translation>Die Referenz des Acquirers sieht wie eine Kartennummer aus; die Bridge speichert nie Kartennummern. Geben Sie stattdessen die Fall- oder Streitfallnummer an.</translation>
    </message>
    <message>
        <source>The amount is %1 %2; a chargeback&apos;s amount must be above zero (write it without a minus sign).</source>
        <translation>Der Betrag ist %1 %2; der Betrag einer Rückbelastung muss größer als null sein (schreiben Sie ihn ohne Minuszeichen).</translation>
    </message>
    <message>
        <source>The fee is in %1 but the amount in %2; give the fee in the chargeback&apos;s currency.</source>
        <translation>Die Gebühr lautet auf %1, der Betrag aber auf %2; geben Sie die Gebühr in der Währung der Rückbelastung an.</translation>
    </message>
    <message>
        <source>The fee is %1; it cannot be below zero.</source>
        <translation>Die Gebühr beträgt %1; sie darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The reference %1 is already used by chargeback %2 from %3; SYSPRO could not tell their documents apart. Check the reference, or add the acquirer&apos;s prefix to it.</source>
        <translation>Die Referenz %1 wird bereits von Rückbelastung %2 (Acquirer %3) verwendet; SYSPRO könnte die Belege der beiden nicht unterscheiden. Prüfen Sie die Referenz, oder stellen Sie ihr das Präfix des Acquirers voran.</translation>
    </message>
    <message>
        <source>Transaction %1 is a refund, not a payment; a chargeback disputes a payment. Give the original payment&apos;s transaction ID.</source>
        <translation>Transaktion %1 ist eine Erstattung, keine Zahlung; eine Rückbelastung bezieht sich immer auf eine Zahlung. Geben Sie die Transaktions-ID der ursprünglichen Zahlung an.</translation>
    </message>
    <message>
        <source>Transaction %1 was paid in %2, the chargeback is in %3. Give the chargeback in the payment&apos;s currency.</source>
        <translation>Transaktion %1 wurde in %2 bezahlt, die Rückbelastung lautet auf %3. Geben Sie die Rückbelastung in der Währung der Zahlung an.</translation>
    </message>
    <message>
        <source>The chargeback of %1 %3 is more than transaction %2 was for (%4 %3). Check the amount.</source>
        <translation>Die Rückbelastung über %1 %3 ist höher als der Betrag von Transaktion %2 (%4 %3). Prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>The chargeback of %1 %3 and the earlier ones on transaction %2 (%5 %3) are more than it was for (%4 %3). Check the amount, or whether the acquirer sent the same chargeback under a new reference.</source>
        <translation>Die Rückbelastung über %1 %3 und die früheren Rückbelastungen zu Transaktion %2 (%5 %3) ergeben zusammen mehr als deren Betrag (%4 %3). Prüfen Sie den Betrag oder ob der Acquirer dieselbe Rückbelastung unter einer neuen Referenz gesendet hat.</translation>
    </message>
    <message>
        <source>New chargeback %1 from %2: %3 %4 on transaction %5, which the bridge never posted. Reason: %6.</source>
        <translation>Neue Rückbelastung %1 von %2: %3 %4 auf Transaktion %5, die die Bridge nie gebucht hat. Grund: %6.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>New chargeback %1 from %2: %3 %4 on transaction %5 (%6, customer %7). Reason: %8.</source>
        <translation>Neue Rückbelastung %1 von %2: %3 %4 auf Transaktion %5 (%6, Kunde %7). Grund: %8.</translation>
    </message>
    <message>
        <source>Gather the evidence (order, delivery, 3-D Secure result) and mark the chargeback disputed before the acquirer&apos;s deadline, or mark it lost to post the debit note and the fee to SYSPRO.</source>
        <translation>Sammeln Sie die Nachweise (Bestellung, Lieferung, Ergebnis von 3-D Secure), und markieren Sie die Rückbelastung vor Ablauf der Frist des Acquirers als angefochten, oder markieren Sie sie als verloren, um die Belastungsanzeige und die Gebühr in SYSPRO zu buchen.</translation>
    </message>
    <message>
        <source>%1&apos;s chargeback %2 is already recorded (chargeback %3); nothing was changed.</source>
        <translation>Rückbelastung %2 von %1 ist bereits erfasst (Rückbelastung %3); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date in the form %3 (change dateFormat in the CSV layout if the acquirer writes dates differently)</source>
        <translation>Spalte „%1“: „%2“ ist kein Datum im Format %3 (ändern Sie dateFormat im CSV-Layout, falls der Acquirer Datumsangaben anders schreibt)</translation>
    </message>
    <message>
        <source>Chargeback %1 is already %2 (decided by %3); a decided chargeback does not change again.</source>
        <translation>Rückbelastung %1 ist bereits %2 (entschieden von %3); eine entschiedene Rückbelastung ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>Chargeback %1 is already %2.</source>
        <translation>Rückbelastung %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Chargeback %1 is %2 and cannot be marked %3; a chargeback goes from received to disputed, and from received or disputed to won or lost.</source>
        <translation>Rückbelastung %1 ist %2 und kann nicht als %3 markiert werden; eine Rückbelastung wechselt von „eingegangen“ zu „angefochten“ und von „eingegangen“ oder „angefochten“ zu „gewonnen“ oder „verloren“.</translation>
    </message>
    <message>
        <source>There is no chargeback %1. List them with &quot;bridge-cli chargeback list&quot;.</source>
        <translation>Es gibt keine Rückbelastung %1. Listen Sie die Rückbelastungen mit &quot;bridge-cli chargeback list&quot; auf.</translation>
    </message>
    <message>
        <source>Chargeback %1 is for transaction %2, which the bridge never posted, so it does not know the SYSPRO customer to charge. Check the transaction ID; if the payment was booked by hand, post the debit note and the fee in SYSPRO by hand.</source>
        <translation>Rückbelastung %1 bezieht sich auf Transaktion %2, die die Bridge nie gebucht hat; daher kennt sie den zu belastenden SYSPRO-Kunden nicht. Prüfen Sie die Transaktions-ID; falls die Zahlung manuell gebucht wurde, buchen Sie die Belastungsanzeige und die Gebühr manuell in SYSPRO.</translation>
    </message>
    <message>
        <source>Chargeback %1 was changed by someone else at the same moment; look at it again and repeat if still needed.</source>
        <translation>Rückbelastung %1 wurde im selben Moment von jemand anderem geändert; sehen Sie sie sich erneut an, und wiederholen Sie den Vorgang bei Bedarf.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Corrections</name>
    <message>
        <source>There is no event %1. It may have been removed by the retention job; refresh the monitor.</source>
        <translation>Es gibt kein Ereignis %1. Möglicherweise wurde es bei der automatischen Bereinigung alter Daten entfernt; aktualisieren Sie den Monitor.</translation>
    </message>
    <message>
        <source>Event %1 is a dead letter: it is not tried again by itself. Fix the cause named in its details, then replay it.</source>
        <translation>Ereignis %1 ist ein Dead Letter: Es wird nicht automatisch erneut versucht. Beheben Sie die in den Details genannte Ursache, und übertragen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing of event %1 is waiting for a retry: it is done, or being worked on right now.</source>
        <translation>Zu Ereignis %1 wartet nichts auf eine Wiederholung: Es ist abgeschlossen oder wird gerade bearbeitet.</translation>
    </message>
    <message>
        <source>Event %1 has no dead letter to replay: it is on its way or done. Use &quot;Retry now&quot; for something waiting for its next try.</source>
        <translation>Ereignis %1 hat keinen Dead Letter, der erneut übertragen werden könnte: Es wird gerade verarbeitet oder ist abgeschlossen. Verwenden Sie „Jetzt wiederholen“ für Einträge, die auf ihren nächsten Versuch warten.</translation>
    </message>
    <message>
        <source>Say how the dead letter was dealt with (for example &quot;posted by hand as sales order 000123&quot;), so that others can follow it.</source>
        <translation>Geben Sie an, wie der Dead Letter erledigt wurde (zum Beispiel „manuell als Kundenauftrag 000123 gebucht“), damit andere es nachvollziehen können.</translation>
    </message>
    <message>
        <source>Event %1 is not a dead letter; only dead letters are marked resolved.</source>
        <translation>Ereignis %1 ist kein Dead Letter; nur Dead Letters können als geklärt markiert werden.</translation>
    </message>
    <message>
        <source>Event %1 was already marked resolved; its details say by whom.</source>
        <translation>Ereignis %1 wurde bereits als geklärt markiert; die Details nennen, von wem.</translation>
    </message>
    <message>
        <source>Say why the payment is corrected, so that the approver and the audit log can follow it.</source>
        <translation>Geben Sie an, warum die Zahlung korrigiert wird, damit der Freigeber und das Prüfprotokoll es nachvollziehen können.</translation>
    </message>
    <message>
        <source>Event %1 was mapped and its SYSPRO command was refused; the payment itself cannot be edited any more. Correct the data in SYSPRO and replay the command.</source>
        <translation>Ereignis %1 wurde bereits zugeordnet, und sein SYSPRO-Befehl wurde abgelehnt; die Zahlung selbst kann nicht mehr bearbeitet werden. Korrigieren Sie die Daten in SYSPRO, und übertragen Sie den Befehl erneut.</translation>
    </message>
    <message>
        <source>Only payments the bridge stopped before posting (dead letters) can be edited and replayed; event %1 is not one.</source>
        <translation>Nur Zahlungen, die die Bridge vor der Buchung angehalten hat (Dead Letters), können bearbeitet und erneut übertragen werden; Ereignis %1 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Event %1 already has an edit (request %2) waiting for an approver. It must be approved or rejected first.</source>
        <translation>Für Ereignis %1 wartet bereits eine Änderung (Anfrage %2) auf einen Freigeber. Sie muss zuerst freigegeben oder abgelehnt werden.</translation>
    </message>
    <message>
        <source>Say why the edit is rejected, so that the requester can correct it.</source>
        <translation>Geben Sie an, warum die Änderung abgelehnt wird, damit die anfragende Person sie korrigieren kann.</translation>
    </message>
    <message>
        <source>There is no edit-and-replay request %1.</source>
        <translation>Es gibt keine Anfrage %1 zum Bearbeiten und erneuten Übertragen.</translation>
    </message>
    <message>
        <source>Request %1 was already rejected.</source>
        <translation>Anfrage %1 wurde bereits abgelehnt.</translation>
    </message>
    <message>
        <source>Request %1 was already approved and applied.</source>
        <translation>Anfrage %1 wurde bereits freigegeben und angewendet.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Dashboard</name>
    <message>
        <source>The ledger holds payments in &quot;%1&quot;, which is not an ISO 4217 currency the bridge knows, so the dashboard cannot show their amounts. Report this together with the event log.</source>
        <translation>Die gespeicherten Zahlungen enthalten Beträge in „%1“, einer Währung, die die Bridge nicht als ISO-4217-Währung kennt; daher kann die Übersicht diese Beträge nicht anzeigen. Melden Sie dies zusammen mit dem Ereignisprotokoll.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed, so %2 cannot be opened. Reinstall the bridge or install the Qt SQL driver package (Debian: libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert, daher kann %2 nicht geöffnet werden. Installieren Sie die Bridge neu oder installieren Sie das Paket mit dem Qt-SQL-Treiber (Debian: libqt6sql6-sqlite oder libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that it is writable or choose another location in Settings.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie unter „Einstellungen“ einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>PostgreSQL refused the password for %1. Enter the correct password in Settings → Database; it is stored in the system keychain.</source>
        <translation>PostgreSQL hat das Kennwort für %1 abgelehnt. Geben Sie unter „Einstellungen → Datenbank“ das richtige Kennwort ein; es wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The database did not report its version.</source>
        <translation>Die Datenbank hat ihre Version nicht gemeldet.</translation>
    </message>
    <message>
        <source>A database operation failed: %1.</source>
        <translation>Ein Datenbankvorgang ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; the operation will be tried again. (%1)</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen; der Vorgang wird erneut versucht. (%1)</translation>
    </message>
    <message>
        <source>The database is busy; the operation will be tried again. (%1)</source>
        <translation>Die Datenbank ist ausgelastet; der Vorgang wird erneut versucht. (%1)</translation>
    </message>
    <message>
        <source>The database refused a row that breaks one of its rules: %1.</source>
        <translation>Die Datenbank hat eine Zeile abgelehnt, die gegen eine ihrer Regeln verstößt: %1.</translation>
    </message>
</context>
<context>
    <name>bridge::store::DatabaseUrl</name>
    <message>
        <source>The SQLite database path must be absolute, for example sqlite:///var/lib/bridge/bridge.db.</source>
        <translation>Der Pfad der SQLite-Datenbank muss absolut sein, zum Beispiel sqlite:///var/lib/bridge/bridge.db.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation>Die PostgreSQL-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the URL; the password is kept in the system keychain (Settings → Database).</source>
        <translation>Die Datenbank-URL enthält ein Kennwort. Entfernen Sie es aus der URL; das Kennwort wird im Schlüsselbund des Systems gespeichert (Einstellungen → Datenbank).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no host. Use postgresql://user@host:5432/database.</source>
        <translation>Die PostgreSQL-URL enthält keinen Host. Verwenden Sie postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database after the host, for example postgresql://bridge@db.example.com:5432/bridge.</source>
        <translation>Die PostgreSQL-URL muss nach dem Host genau eine Datenbank nennen, zum Beispiel postgresql://bridge@db.example.com:5432/bridge.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no user name. Use postgresql://user@host:5432/database.</source>
        <translation>Die PostgreSQL-URL enthält keinen Benutzernamen. Verwenden Sie postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“. Verwenden Sie einen der folgenden Werte: %2.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL. Only sslmode is supported.</source>
        <translation>Unbekannte Option „%1“ in der Datenbank-URL. Nur sslmode wird unterstützt.</translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql://.</source>
        <translation>Die Datenbank-URL muss mit sqlite:// oder postgresql:// beginnen.</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1@%2:%3/%4</source>
        <translation>PostgreSQL: %1@%2:%3/%4</translation>
    </message>
</context>
<context>
    <name>bridge::store::Inbox</name>
    <message>
        <source>An incoming event has no source or no event id, so a repeat could not be recognised; it was not stored.</source>
        <translation>Ein eingehendes Ereignis hat keine Quelle oder keine Ereignis-ID, sodass eine Wiederholung nicht erkannt werden könnte; es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database did not return the new event&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Ereignisses nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Event %1 is %2 (stage %3); only dead-lettered or ignored events can be replayed.</source>
        <translation>Ereignis %1 hat den Status %2 (Verarbeitungsschritt %3); nur Ereignisse aus der Dead-Letter-Queue oder ignorierte Ereignisse können erneut übertragen werden.</translation>
    </message>
    <message>
        <source>There is no event %1 in the inbox. Replay takes the inbox number of a dead-lettered event, as its dead-letter message and the event log give it.</source>
        <translation>Es gibt kein Ereignis %1 in der Eingangswarteschlange. Zum erneuten Übertragen braucht es die Nummer eines Ereignisses in der Dead-Letter-Queue, wie sie seine Meldung und das Ereignisprotokoll nennen.</translation>
    </message>
    <message>
        <source>Unknown event status &quot;%1&quot; for event %2; nothing was recorded.</source>
        <translation>Unbekannter Ereignisstatus „%1“ für Ereignis %2; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>bridge::store::LeaseTable</name>
    <message>
        <source>Item %1 in the %2 is no longer leased to %3; its lease ran out and another worker has it.</source>
        <translation>Eintrag %1 in %2 ist nicht mehr an %3 vergeben; die Vergabe ist abgelaufen, und ein anderer Worker bearbeitet ihn.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Ledger</name>
    <message>
        <source>Refund %1 is for payment %2, which the bridge has not posted yet. It will be tried again once the payment has arrived; if the payment never does, check it in Opayo&apos;s portal.</source>
        <translation>Erstattung %1 gehört zu Zahlung %2, die die Bridge noch nicht gebucht hat. Sie wird erneut versucht, sobald die Zahlung eingegangen ist; falls die Zahlung nie eingeht, prüfen Sie sie im Opayo-Portal.</translation>
    </message>
    <message>
        <source>Refund %1 is in %2, but payment %3 was taken in %4. A refund must be in the payment&apos;s currency; correct the refund in Opayo.</source>
        <translation>Erstattung %1 lautet auf %2, Zahlung %3 wurde jedoch in %4 eingezogen. Eine Erstattung muss in der Währung der Zahlung erfolgen; korrigieren Sie die Erstattung in Opayo.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 %3 exceeds what is left of payment %4: %5 %3 of %6 %3 (%7 %3 already refunded). Nothing was posted.</source>
        <translation>Erstattung %1 über %2 %3 übersteigt den Restbetrag von Zahlung %4: %5 %3 von %6 %3 (%7 %3 bereits erstattet). Es wurde nichts gebucht.</translation>
    </message>
</context>
<context>
    <name>bridge::store::MappingVersions</name>
    <message>
        <source>There is no mapping version %1. The Mappings page lists the saved versions.</source>
        <translation>Es gibt keine Zuordnungsversion %1. Die Seite „Zuordnungen“ listet die gespeicherten Versionen auf.</translation>
    </message>
    <message>
        <source>Nothing to save: the mapping is the same as version %1.</source>
        <translation>Nichts zu speichern: Die Zuordnung ist identisch mit Version %1.</translation>
    </message>
    <message>
        <source>Version %1 is already the active mapping.</source>
        <translation>Version %1 ist bereits die aktive Zuordnung.</translation>
    </message>
    <message>
        <source>Default: sales order, AR receipt and credit notes for refunds</source>
        <translation>Standard: Verkaufsauftrag, Zahlungseingang und Gutschriften für Erstattungen</translation>
    </message>
    <message>
        <source>Sales order + AR receipt</source>
        <translation>Verkaufsauftrag + Zahlungseingang</translation>
    </message>
    <message>
        <source>AR receipt only (unapplied cash)</source>
        <translation>Nur Zahlungseingang (nicht verrechnet)</translation>
    </message>
    <message>
        <source>Sales order, AR receipt and sales credit notes for refunds</source>
        <translation>Verkaufsauftrag, Zahlungseingang und Verkaufsgutschriften für Erstattungen</translation>
    </message>
    <message>
        <source>There is no mapping template &quot;%1&quot;.</source>
        <translation>Es gibt keine Zuordnungsvorlage „%1“.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>No mapping version is active. An administrator activates one on the Mappings page (or with bridge-cli mapping activate).</source>
        <translation>Keine Zuordnungsversion ist aktiv. Ein Administrator aktiviert eine auf der Seite „Zuordnungen“ (oder mit bridge-cli mapping activate).</translation>
    </message>
    <message>
        <source>The built-in default mapping.</source>
        <translation>Die integrierte Standardzuordnung.</translation>
    </message>
    <message>
        <source>GL journal only</source>
        <translation>Nur Hauptbuchjournal</translation>
    </message>
</context>
<context>
    <name>bridge::store::Migrator</name>
    <message>
        <source>A database migration is incomplete: its last statement has no ending &apos;;&apos;.</source>
        <translation>Eine Datenbankmigration ist unvollständig: Die letzte Anweisung endet nicht mit &apos;;&apos;.</translation>
    </message>
    <message>
        <source>The database migration %1 cannot be read.</source>
        <translation>Die Datenbankmigration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Database migration %1 (%2) failed: %3</source>
        <translation>Datenbankmigration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>bridge::store::Monitor</name>
    <message>
        <source>Amount from: %1</source>
        <translation>Betrag von: %1</translation>
    </message>
    <message>
        <source>Amount to: %1</source>
        <translation>Betrag bis: %1</translation>
    </message>
    <message>
        <source>The amount range is upside down: from %1 is more than to %2. Swap the two amounts.</source>
        <translation>Der Betragsbereich ist vertauscht: „von“ %1 ist größer als „bis“ %2. Tauschen Sie die beiden Beträge.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Outbox</name>
    <message>
        <source>A command needs a kind, a business key and an ordering key before it can be queued (got &quot;%1&quot; / &quot;%2&quot; / &quot;%3&quot;).</source>
        <translation>Ein Befehl benötigt eine Art, einen fachlichen Schlüssel und einen Reihenfolgeschlüssel, bevor er in die Warteschlange gestellt werden kann (erhalten: „%1“ / „%2“ / „%3“).</translation>
    </message>
    <message>
        <source>Command %1 (%2 %3) is %4; only dead-lettered commands can be replayed.</source>
        <translation>Befehl %1 (%2 %3) hat den Status %4; nur Befehle aus der Dead-Letter-Queue können erneut übertragen werden.</translation>
    </message>
    <message>
        <source>There is no command %1 in the outbox. Replay takes the outbox number of a dead-lettered command, as the event log gives it.</source>
        <translation>Es gibt keinen Befehl %1 in der Ausgangswarteschlange. Zum erneuten Übertragen braucht es die Nummer eines Befehls in der Dead-Letter-Queue, wie sie das Ereignisprotokoll nennt.</translation>
    </message>
    <message>
        <source>The database neither queued command %1 %2 nor holds it already.</source>
        <translation>Die Datenbank hat den Befehl %1 %2 weder in die Warteschlange gestellt, noch enthält sie ihn bereits.</translation>
    </message>
</context>
<context>
    <name>bridge::store::ReconcileReads</name>
    <message>
        <source>There is no reconciliation run %1; choose one of the list.</source>
        <translation>Es gibt keinen Abstimmungslauf %1; wählen Sie einen aus der Liste aus.</translation>
    </message>
    <message>
        <source>Choose a reconciliation run first (none is selected).</source>
        <translation>Wählen Sie zuerst einen Abstimmungslauf aus (keiner ist ausgewählt).</translation>
    </message>
    <message>
        <source>Class: &apos;%1&apos; is not a reconciliation class; use one of %2.</source>
        <translation>Klasse: „%1“ ist keine Abstimmungsklasse; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Status: &apos;%1&apos; is not one of open, approved, rejected.</source>
        <translation>Status: „%1“ ist keiner von open, approved, rejected.</translation>
    </message>
    <message>
        <source>Currency: &apos;%1&apos; is not an ISO 4217 code such as GBP.</source>
        <translation>Währung: „%1“ ist kein ISO-4217-Code wie GBP.</translation>
    </message>
    <message>
        <source>An amount range needs a currency: amounts of different currencies cannot be compared. Choose the currency next to the amounts.</source>
        <translation>Ein Betragsbereich benötigt eine Währung: Beträge verschiedener Währungen lassen sich nicht vergleichen. Wählen Sie die Währung neben den Beträgen aus.</translation>
    </message>
    <message>
        <source>Amount from: %1</source>
        <translation>Betrag von: %1</translation>
    </message>
    <message>
        <source>Amount to: %1</source>
        <translation>Betrag bis: %1</translation>
    </message>
    <message>
        <source>Amount to (%1) is below amount from (%2); swap them.</source>
        <translation>Betrag bis (%1) ist kleiner als Betrag von (%2); tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>The settlement line is no longer in the store (its file or batch was removed).</source>
        <translation>Die Abrechnungszeile ist nicht mehr in der Datenbank gespeichert (ihre Datei oder ihr Abrechnungslauf wurde entfernt).</translation>
    </message>
    <message>
        <source>The ledger entry %1 is no longer in the store.</source>
        <translation>Die Hauptbuchbuchung %1 ist nicht mehr in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>SYSPRO document %1 %2 was recorded for %3 after the run.</source>
        <translation>SYSPRO-Beleg %1 %2 wurde nach dem Lauf für %3 erfasst.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Refunds</name>
    <message>
        <source>Customer asked for it</source>
        <translation>Auf Wunsch des Kunden</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>Ware zurückgegeben</translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation>Doppelt belastet</translation>
    </message>
    <message>
        <source>Fraud reported</source>
        <translation>Betrug gemeldet</translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation>Kulanz</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>Sonstiges (siehe Notiz)</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved, queued</source>
        <translation>Freigegeben, in Warteschlange</translation>
    </message>
    <message>
        <source>Sending to Opayo</source>
        <translation>Wird an Opayo gesendet</translation>
    </message>
    <message>
        <source>Refunded by Opayo</source>
        <translation>Von Opayo erstattet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The single-approver limit &quot;%1&quot; is not a currency and an amount. Write each limit as &quot;GBP 20.00&quot;, separated by commas, or leave the setting empty so that every refund needs a second person.</source>
        <translation>Die Einzelfreigabegrenze „%1“ besteht nicht aus Währung und Betrag. Schreiben Sie jede Grenze als „GBP 20.00“, durch Kommas getrennt, oder lassen Sie die Einstellung leer, damit jede Erstattung eine zweite Person erfordert.</translation>
    </message>
    <message>
        <source>The single-approver limit &quot;%1&quot;: %2</source>
        <translation>Die Einzelfreigabegrenze „%1“: %2</translation>
    </message>
    <message>
        <source>The single-approver limit &quot;%1&quot; is not an amount of %2 (write e.g. &quot;%2 20.00&quot;).</source>
        <translation>Die Einzelfreigabegrenze „%1“ ist kein Betrag in %2 (schreiben Sie z. B. „%2 20.00“).</translation>
    </message>
    <message>
        <source>The single-approver limits name %1 twice; keep one.</source>
        <translation>Die Einzelfreigabegrenzen nennen %1 zweimal; behalten Sie nur eine.</translation>
    </message>
    <message>
        <source>Payment %1 is not in the bridge&apos;s ledger, so nothing of it can be refunded from the console. Search again, or wait until the payment has been posted.</source>
        <translation>Zahlung %1 ist nicht im Ledger der Bridge erfasst, daher kann über die Konsole nichts davon erstattet werden. Suchen Sie erneut, oder warten Sie, bis die Zahlung gebucht wurde.</translation>
    </message>
    <message>
        <source>Refund of %1 exceeds what is left of payment %2: %3 of %4 (%5 refunded, %6 asked for or on its way). Nothing was sent to Opayo.</source>
        <translation>Die Erstattung über %1 übersteigt den Restbetrag von Zahlung %2: %3 von %4 (%5 erstattet, %6 angefordert oder in Bearbeitung). Es wurde nichts an Opayo gesendet.</translation>
    </message>
    <message>
        <source>Enter an amount above zero to refund (you entered %1).</source>
        <translation>Geben Sie einen Erstattungsbetrag größer als null ein (Sie haben %1 eingegeben).</translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to %2 at most.</source>
        <translation>Die Notiz ist %1 Zeichen lang; kürzen Sie sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>The reason is &quot;Other&quot;: say in the note why the money goes back.</source>
        <translation>Der Grund ist „Sonstiges“: Geben Sie in der Notiz an, warum das Geld zurückgezahlt wird.</translation>
    </message>
    <message>
        <source>Payment %1 was taken in %2; a refund of it must be in %2 too (you entered %3).</source>
        <translation>Zahlung %1 wurde in %2 eingezogen; eine Erstattung dafür muss ebenfalls in %2 erfolgen (Sie haben %3 eingegeben).</translation>
    </message>
    <message>
        <source>Payment %1 can no longer be voided: Opayo allows a void only on the day the payment was taken (until midnight UK time, before it settles) and only while nothing of it was refunded. Refund it instead.</source>
        <translation>Zahlung %1 kann nicht mehr storniert werden: Opayo erlaubt eine Stornierung nur am Tag, an dem die Zahlung eingezogen wurde (bis Mitternacht britischer Zeit, vor der Abrechnung), und nur, solange noch nichts davon erstattet wurde. Erstatten Sie die Zahlung stattdessen.</translation>
    </message>
    <message>
        <source>A void cancels all of payment %1 (%2); it cannot be for %3.</source>
        <translation>Eine Stornierung hebt die gesamte Zahlung %1 (%2) auf; sie kann nicht über %3 lauten.</translation>
    </message>
    <message>
        <source>At or below the single-approver limit of %1 %2.</source>
        <translation>Bis zur Einzelfreigabegrenze von %1 %2.</translation>
    </message>
    <message>
        <source>There is no refund request %1.</source>
        <translation>Es gibt keine Erstattungsanfrage %1.</translation>
    </message>
    <message>
        <source>Refund request %1 is no longer waiting for approval: it is &quot;%2&quot;%3.</source>
        <translation>Erstattungsanfrage %1 wartet nicht mehr auf Freigabe: Ihr Status ist „%2“%3.</translation>
    </message>
    <message>
        <source> (decided by %1)</source>
        <translation> (entschieden von %1)</translation>
    </message>
    <message>
        <source>Say why the refund is rejected, so that %1 knows what to do.</source>
        <translation>Geben Sie an, warum die Erstattung abgelehnt wird, damit %1 weiß, was zu tun ist.</translation>
    </message>
    <message>
        <source>Refund request %1 is not in the database.</source>
        <translation>Erstattungsanfrage %1 ist nicht in der Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>Refund request %1 is &quot;%2&quot;; only an approved refund is sent to Opayo.</source>
        <translation>Erstattungsanfrage %1 hat den Status „%2“; nur eine freigegebene Erstattung wird an Opayo gesendet.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Resolutions</name>
    <message>
        <source>Transaction %1&apos;s own %2 is still in the outbox (command %3, %4): posting another one could book it twice. Let the engine post it, or replay it with &quot;bridge-cli replay command:%3&quot; if it is dead, and reconcile again.</source>
        <translation>Der eigene Beleg (%2) der Transaktion %1 ist noch im Postausgang (Befehl %3, %4): Ein weiterer könnte ihn doppelt buchen. Lassen Sie die Engine ihn buchen oder spielen Sie ihn mit „bridge-cli replay command:%3“ erneut ein, wenn er tot ist, und stimmen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>Zahlungseingang</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>The settlement journal&apos;s entries do not fit in 64 bits of minor units; the batch&apos;s lines cannot be right.</source>
        <translation>Die Buchungen der Abrechnungsbuchung passen nicht in 64 Bit an kleinsten Einheiten; die Zeilen des Laufs können nicht stimmen.</translation>
    </message>
    <message>
        <source>post the missing receipt</source>
        <translation>fehlenden Zahlungseingang buchen</translation>
    </message>
    <message>
        <source>post the missing credit note</source>
        <translation>fehlende Gutschrift buchen</translation>
    </message>
    <message>
        <source>post an adjustment journal</source>
        <translation>Korrekturbuchung buchen</translation>
    </message>
    <message>
        <source>reverse the duplicate</source>
        <translation>Duplikat stornieren</translation>
    </message>
    <message>
        <source>write the difference off</source>
        <translation>Differenz abschreiben</translation>
    </message>
    <message>
        <source>wait for the next batch</source>
        <translation>auf den nächsten Abrechnungslauf warten</translation>
    </message>
    <message>
        <source>confirm the match</source>
        <translation>Zuordnung bestätigen</translation>
    </message>
    <message>
        <source>resolved outside the bridge</source>
        <translation>außerhalb der Bridge geklärt</translation>
    </message>
    <message>
        <source>post the settlement journal</source>
        <translation>Abrechnungsbuchung buchen</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>A proposal needs a comment saying why this resolution is right; write one and propose again.</source>
        <translation>Ein Vorschlag braucht einen Kommentar, warum diese Klärung richtig ist; schreiben Sie einen und schlagen Sie erneut vor.</translation>
    </message>
    <message>
        <source>A settlement journal is proposed for a batch, not for one line; use the batch&apos;s &quot;propose settlement journal&quot;.</source>
        <translation>Eine Abrechnungsbuchung wird für einen Abrechnungslauf vorgeschlagen, nicht für eine Zeile; verwenden Sie „Abrechnungsbuchung vorschlagen“ des Laufs.</translation>
    </message>
    <message>
        <source>There is no reconciliation result %1; run the reconciliation again and pick a line from it.</source>
        <translation>Es gibt kein Abstimmungsergebnis %1; führen Sie die Abstimmung erneut aus und wählen Sie eine Zeile daraus.</translation>
    </message>
    <message>
        <source>Result %1 is matched; only a discrepancy can get a resolution.</source>
        <translation>Ergebnis %1 ist abgeglichen; nur eine Abweichung kann eine Klärung bekommen.</translation>
    </message>
    <message>
        <source>Batch %1 was closed by %2; its items do not change any more.</source>
        <translation>Abrechnungslauf %1 wurde von %2 geschlossen; seine Posten ändern sich nicht mehr.</translation>
    </message>
    <message>
        <source>Batch %1&apos;s settlement journal in %2 (proposal %3, %4) books this line&apos;s amount already; a journal of its own would book it twice.</source>
        <translation>Die Abrechnungsbuchung des Laufs %1 in %2 (Vorschlag %3, %4) bucht den Betrag dieser Zeile bereits; eine eigene Buchung würde ihn doppelt buchen.</translation>
    </message>
    <message>
        <source>This item is already resolved: proposal %1 (%2) by %3 was approved by %4.</source>
        <translation>Dieser Posten ist bereits geklärt: Vorschlag %1 (%2) von %3 wurde von %4 genehmigt.</translation>
    </message>
    <message>
        <source>This item already has an open proposal: %1 (%2) by %3. Approve or reject it first.</source>
        <translation>Dieser Posten hat bereits einen offenen Vorschlag: %1 (%2) von %3. Genehmigen oder lehnen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit result %2 (%3): %4</source>
        <translation>„%1“ passt nicht zu Ergebnis %2 (%3): %4</translation>
    </message>
    <message>
        <source>only a ledger entry missing in SYSPRO gets its receipt or credit note posted</source>
        <translation>nur eine Hauptbuchbuchung, die in SYSPRO fehlt, bekommt ihren Zahlungseingang oder ihre Gutschrift gebucht</translation>
    </message>
    <message>
        <source>transaction %1 is a refund: post its credit note</source>
        <translation>Transaktion %1 ist eine Erstattung: buchen Sie ihre Gutschrift</translation>
    </message>
    <message>
        <source>transaction %1 is a payment: post its receipt</source>
        <translation>Transaktion %1 ist eine Zahlung: buchen Sie ihren Zahlungseingang</translation>
    </message>
    <message>
        <source>the ledger has no transaction %1</source>
        <translation>das Hauptbuch hat keine Transaktion %1</translation>
    </message>
    <message>
        <source>only a duplicate can be reversed</source>
        <translation>nur ein Duplikat kann storniert werden</translation>
    </message>
    <message>
        <source>A journal needs two different ledger codes, one debited and one credited (here &quot;%1&quot; and &quot;%2&quot;); give them in the proposal or in Settings (reconcile/…LedgerCode).</source>
        <translation>Eine Buchung braucht zwei verschiedene Sachkonten, eines belastet und eines entlastet (hier „%1“ und „%2“); geben Sie sie im Vorschlag oder in den Einstellungen an (reconcile/…LedgerCode).</translation>
    </message>
    <message>
        <source>The journal&apos;s amount is in %1, the item in %2; give it in %2.</source>
        <translation>Der Betrag der Buchung ist in %1, der Posten in %2; geben Sie ihn in %2 an.</translation>
    </message>
    <message>
        <source>A journal&apos;s amount must be above zero (here %1 %2).</source>
        <translation>Der Betrag einer Buchung muss über null liegen (hier %1 %2).</translation>
    </message>
    <message>
        <source>only an entry no batch has settled yet can wait for the next batch</source>
        <translation>nur eine Buchung, die noch kein Abrechnungslauf abgerechnet hat, kann auf den nächsten Lauf warten</translation>
    </message>
    <message>
        <source>only an uncertain match can be confirmed</source>
        <translation>nur eine unsichere Zuordnung kann bestätigt werden</translation>
    </message>
    <message>
        <source>name the ledger entry (transaction ID) the line belongs to</source>
        <translation>nennen Sie die Hauptbuchbuchung (Transaktions-ID), zu der die Zeile gehört</translation>
    </message>
    <message>
        <source>The database returned no id for the new proposal.</source>
        <translation>Die Datenbank hat für den neuen Vorschlag keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>The proposal was not stored: %1 If someone proposed for this item at the same moment, look at it again.</source>
        <translation>Der Vorschlag wurde nicht gespeichert: %1 Falls jemand im selben Moment für diesen Posten vorgeschlagen hat, sehen Sie ihn sich erneut an.</translation>
    </message>
    <message>
        <source>The settlement journal of batch %1 (%2) was not built: %3. Nothing was sent to SYSPRO; check the batch&apos;s lines and the ledger codes in Settings.</source>
        <translation>Die Abrechnungsbuchung des Laufs %1 (%2) wurde nicht erstellt: %3. Nichts wurde an SYSPRO gesendet; prüfen Sie die Zeilen des Laufs und die Sachkonten in den Einstellungen.</translation>
    </message>
    <message>
        <source>its debits and credits differ by %1 %2</source>
        <translation>Soll und Haben unterscheiden sich um %1 %2</translation>
    </message>
    <message>
        <source>There is no settlement batch %1.</source>
        <translation>Es gibt keinen Abrechnungslauf %1.</translation>
    </message>
    <message>
        <source>Batch %1 has no lines in %2; there is no settlement journal to build.</source>
        <translation>Abrechnungslauf %1 hat keine Zeilen in %2; es gibt keine Abrechnungsbuchung zu erstellen.</translation>
    </message>
    <message>
        <source>Batch %1&apos;s totals do not fit in 64 bits of minor units; its lines cannot be right.</source>
        <translation>Die Summen des Abrechnungslaufs %1 passen nicht in 64 Bit an kleinsten Einheiten; seine Zeilen können nicht stimmen.</translation>
    </message>
    <message>
        <source>The settlement journal of batch %1 (%2) does not balance: its debits and credits differ by %3 %2.</source>
        <translation>Die Abrechnungsbuchung des Laufs %1 (%2) ist nicht ausgeglichen: Soll und Haben unterscheiden sich um %3 %2.</translation>
    </message>
    <message>
        <source>Batch %1&apos;s settlement journal in %2 was already approved (proposal %3, by %4).</source>
        <translation>Die Abrechnungsbuchung des Laufs %1 in %2 wurde bereits genehmigt (Vorschlag %3, von %4).</translation>
    </message>
    <message>
        <source>Batch %1&apos;s settlement journal in %2 is already proposed (proposal %3 by %4). Approve or reject it first.</source>
        <translation>Die Abrechnungsbuchung des Laufs %1 in %2 ist bereits vorgeschlagen (Vorschlag %3 von %4). Genehmigen oder lehnen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>Select at least one proposal to approve.</source>
        <translation>Wählen Sie mindestens einen Vorschlag zum Genehmigen.</translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation>Es gibt keinen Vorschlag %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is already %2 (by %3); nothing was approved.</source>
        <translation>Vorschlag %1 ist bereits %2 (von %3); nichts wurde genehmigt.</translation>
    </message>
    <message>
        <source>Proposals are approved together only when they share one discrepancy class; these are of %1 classes (%2). Approve each class on its own.</source>
        <translation>Vorschläge werden nur gemeinsam genehmigt, wenn sie eine Abweichungsklasse teilen; diese gehören zu %1 Klassen (%2). Genehmigen Sie jede Klasse für sich.</translation>
    </message>
    <message>
        <source>Proposal %1: %2 Nothing was approved.</source>
        <translation>Vorschlag %1: %2 Nichts wurde genehmigt.</translation>
    </message>
    <message>
        <source>Proposal %1: batch %2&apos;s settlement journal (proposal %3) booked this line&apos;s amount already; reject the proposal. Nothing was approved.</source>
        <translation>Vorschlag %1: Die Abrechnungsbuchung des Laufs %2 (Vorschlag %3) hat den Betrag dieser Zeile bereits gebucht; lehnen Sie den Vorschlag ab. Nichts wurde genehmigt.</translation>
    </message>
    <message>
        <source>Proposal %1 names no batch.</source>
        <translation>Vorschlag %1 nennt keinen Abrechnungslauf.</translation>
    </message>
    <message>
        <source>The journal of proposal %1 was not queued: %2.</source>
        <translation>Die Buchung von Vorschlag %1 wurde nicht eingereiht: %2.</translation>
    </message>
    <message>
        <source>Proposal %1&apos;s SYSPRO command (%2 %3) was queued before; it is not queued again.</source>
        <translation>Der SYSPRO-Befehl von Vorschlag %1 (%2 %3) wurde bereits eingereiht; er wird nicht erneut eingereiht.</translation>
    </message>
    <message>
        <source>Proposal %1 was decided by someone else at the same moment; look at it again.</source>
        <translation>Über Vorschlag %1 hat im selben Moment jemand anderes entschieden; sehen Sie ihn sich erneut an.</translation>
    </message>
    <message>
        <source>Proposal %1: the ledger has no transaction %2 any more.</source>
        <translation>Vorschlag %1: Das Hauptbuch hat keine Transaktion %2 mehr.</translation>
    </message>
    <message>
        <source>Proposal %1: transaction %2 has no SYSPRO customer in the ledger, so its %3 cannot be built. Post it in SYSPRO by hand and resolve the item as resolved outside the bridge.</source>
        <translation>Vorschlag %1: Transaktion %2 hat im Hauptbuch keinen SYSPRO-Kunden, daher kann ihr Beleg (%3) nicht erstellt werden. Buchen Sie ihn in SYSPRO von Hand und klären Sie den Posten als außerhalb der Bridge geklärt.</translation>
    </message>
    <message>
        <source>Say why the proposal is rejected, so that the preparer knows what to propose instead.</source>
        <translation>Sagen Sie, warum der Vorschlag abgelehnt wird, damit der Vorbereiter weiß, was er stattdessen vorschlagen soll.</translation>
    </message>
    <message>
        <source>Proposal %1 is already %2 (by %3).</source>
        <translation>Vorschlag %1 ist bereits %2 (von %3).</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation>Vorschlag %1: %2</translation>
    </message>
    <message>
        <source>Closing a batch needs a comment (the sign-off); write one and close it again.</source>
        <translation>Das Schließen eines Abrechnungslaufs braucht einen Kommentar (die Freigabe); schreiben Sie einen und schließen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Batch %1 was already closed by %2.</source>
        <translation>Abrechnungslauf %1 wurde bereits von %2 geschlossen.</translation>
    </message>
    <message>
        <source>Batch %1 (settled on %2) has not been reconciled; run &quot;bridge-cli reconcile --date %2&quot; first.</source>
        <translation>Abrechnungslauf %1 (abgerechnet am %2) wurde nicht abgestimmt; führen Sie zuerst „bridge-cli reconcile --date %2“ aus.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 cannot close: %n item(s) still open (%2). Resolve them first.</source>
        <translation>
            <numerusform>Abrechnungslauf %1 kann nicht geschlossen werden: %n Posten noch offen (%2). Klären Sie sie zuerst.</numerusform>
            <numerusform>Abrechnungslauf %1 kann nicht geschlossen werden: %n Posten noch offen (%2). Klären Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 cannot close: its settlement journal in %2 is not approved yet.</source>
        <translation>Abrechnungslauf %1 kann nicht geschlossen werden: Seine Abrechnungsbuchung in %2 ist noch nicht genehmigt.</translation>
    </message>
    <message>
        <source>There is no reconciliation result %1.</source>
        <translation>Es gibt kein Abstimmungsergebnis %1.</translation>
    </message>
</context>
<context>
    <name>bridge::store::Settlements</name>
    <message>
        <source>The database returned no id for a new settlement row.</source>
        <translation>Die Datenbank hat für eine neue Abrechnungszeile keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Could not prepare the insert into %1: %2</source>
        <translation>Das Einfügen in %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Could not insert %1 rows into %2: %3</source>
        <translation>%1 Zeilen konnten nicht in %2 eingefügt werden: %3</translation>
    </message>
    <message>
        <source>A settlement batch needs a batch id, an acquirer and a settlement date; batch &quot;%1&quot; of acquirer &quot;%2&quot; dated &quot;%3&quot; lacks one, so nothing was recorded.</source>
        <translation>Ein Abrechnungslauf braucht eine Lauf-ID, einen Acquirer und ein Abrechnungsdatum; dem Lauf „%1“ des Acquirers „%2“ vom „%3“ fehlt eines davon, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Line %1 of settlement batch %2 (%3) has the amount %4 %5 and fee %6: amounts must be positive (the line type says which way the money goes). Nothing was recorded.</source>
        <translation>Zeile %1 des Abrechnungslaufs %2 (%3) hat den Betrag %4 %5 und die Gebühr %6: Beträge müssen positiv sein (der Zeilentyp gibt die Richtung an). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Line %1 of settlement batch %2 gives the card as &quot;%3&quot;; only the last four digits are kept. Nothing was recorded.</source>
        <translation>Zeile %1 des Abrechnungslaufs %2 gibt die Karte als „%3“ an; nur die letzten vier Ziffern werden behalten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>(more than four characters)</source>
        <translation>(mehr als vier Zeichen)</translation>
    </message>
    <message>
        <source>The reconciliation does not belong to the loaded period (%1 lines and %2 entries loaded, %3 and %4 in the result); run it again.</source>
        <translation>Die Abstimmung gehört nicht zum geladenen Zeitraum (%1 Zeilen und %2 Buchungen geladen, %3 und %4 im Ergebnis); führen Sie sie erneut aus.</translation>
    </message>
</context>
<context>
    <name>bridge::store::SqliteWriter</name>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>bridge::store::UserDirectory</name>
    <message>
        <source>Cannot tell who is signed in: the operating system reported no login name (USER or USERNAME is empty).</source>
        <translation>Der angemeldete Benutzer kann nicht ermittelt werden: Das Betriebssystem hat keinen Anmeldenamen gemeldet (USER oder USERNAME ist leer).</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. A user appears here after signing in once.</source>
        <translation>Es gibt keinen Benutzer „%1“. Ein Benutzer erscheint hier, nachdem er sich einmal angemeldet hat.</translation>
    </message>
    <message>
        <source>%1 is the last administrator. Make someone else an administrator first, so that the bridge always has one.</source>
        <translation>%1 ist der letzte Administrator. Machen Sie zuerst eine andere Person zum Administrator, damit die Bridge immer einen hat.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::ArInvoicePost</name>
    <message>
        <source>AR document %1 for customer %2 has the value %3; SYSPRO needs a positive value (it makes credit notes negative itself).</source>
        <translation>Debitorenbeleg %1 für Kunde %2 hat den Wert %3; SYSPRO benötigt einen positiven Wert (Gutschriften macht SYSPRO selbst negativ).</translation>
    </message>
    <message>
        <source>AR document %1</source>
        <translation>Debitorenbeleg %1</translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused AR document %2 for customer %3: %4.</source>
        <translation>SYSPRO-Firma %1 hat Debitorenbeleg %2 für Kunde %3 abgelehnt: %4.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::ArPaymentPost</name>
    <message>
        <source>Receipt %1 for customer %2 is %3 %4, but its distributions add up to %5. Distribute the whole receipt to invoices or leave the remainder unapplied.</source>
        <translation>Zahlungseingang %1 für Kunde %2 beträgt %3 %4, die Aufteilungen auf Rechnungen ergeben aber %5. Verteilen Sie den gesamten Zahlungseingang auf Rechnungen, oder lassen Sie den Restbetrag als nicht verrechneten Betrag stehen.</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>Zahlungseingang %1</translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused receipt %2 for customer %3: %4. Check the customer and invoice numbers, then post it again.</source>
        <translation>SYSPRO-Firma %1 hat Zahlungseingang %2 für Kunde %3 abgelehnt: %4. Prüfen Sie die Kunden- und Rechnungsnummern, und buchen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Two receipts in one post share the reference %1; SYSPRO&apos;s answer could not be told apart. Post them separately.</source>
        <translation>Zwei Zahlungseingänge in einer Buchung haben dieselbe Referenz %1; die Antwort von SYSPRO ließe sich nicht zuordnen. Buchen Sie sie einzeln.</translation>
    </message>
    <message>
        <source>SYSPRO&apos;s answer did not mention receipt %1; it will be looked up before it is posted again.</source>
        <translation>Die Antwort von SYSPRO nennt den Zahlungseingang %1 nicht; er wird nachgeschlagen, bevor er erneut gebucht wird.</translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused receipt %2 for customer %3: %4.</source>
        <translation>SYSPRO-Firma %1 hat den Zahlungseingang %2 für Kunde %3 abgelehnt: %4.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::CreditNotePost</name>
    <message>
        <source>SYSPRO company %1 refused %2: %3. Correct the refund and post it again.</source>
        <translation>SYSPRO-Firma %1 hat %2 abgelehnt: %3. Korrigieren Sie die Erstattung, und buchen Sie sie erneut.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Credit note %1 for customer %2 has no lines.</source>
        <translation>Gutschrift %1 für Kunde %2 hat keine Zeilen.</translation>
    </message>
    <message>
        <source>credit note %1, header</source>
        <translation>Gutschrift %1, Kopf</translation>
    </message>
    <message>
        <source>the credit note header for %1 (customer %2)</source>
        <translation>den Kopf der Gutschrift für %1 (Kunde %2)</translation>
    </message>
    <message>
        <source>SYSPRO accepted %1 but did not return a credit note number.</source>
        <translation>SYSPRO hat %1 angenommen, aber keine Gutschriftnummer zurückgegeben.</translation>
    </message>
    <message>
        <source>credit note %1, line %2</source>
        <translation>Gutschrift %1, Zeile %2</translation>
    </message>
    <message>
        <source>the lines of credit note %1</source>
        <translation>die Zeilen der Gutschrift %1</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::CustomerQuery</name>
    <message>
        <source>customer query</source>
        <translation>Kundenabfrage</translation>
    </message>
    <message>
        <source>a customer query</source>
        <translation>eine Kundenabfrage</translation>
    </message>
    <message>
        <source>SYSPRO&apos;s customer query answer holds no customer.</source>
        <translation>Die Antwort von SYSPRO auf die Kundenabfrage enthält keinen Kunden.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::CustomerSetup</name>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused customer %2: %3. Correct the customer details and try again.</source>
        <translation>SYSPRO-Firma %1 hat den Kunden %2 abgelehnt: %3. Korrigieren Sie die Kundendaten, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::FixedDecimal</name>
    <message>
        <source>the number</source>
        <translation>Die Zahl</translation>
    </message>
    <message>
        <source>The number %1 is too large for a SYSPRO field.</source>
        <translation>Die Zahl %1 ist zu groß für ein SYSPRO-Feld.</translation>
    </message>
    <message>
        <source>%1 is empty where SYSPRO should have sent a number.</source>
        <translation>%1 ist leer, obwohl SYSPRO eine Zahl hätte senden sollen.</translation>
    </message>
    <message>
        <source>Unsupported number scale %1.</source>
        <translation>Nicht unterstützte Anzahl von Nachkommastellen: %1.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has no digits.</source>
        <translation>%1 („%2“) enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) contains &apos;%3&apos;; only digits, one decimal point and a sign are allowed.</source>
        <translation>%1 („%2“) enthält „%3“; zulässig sind nur Ziffern, ein Dezimaltrennzeichen und ein Vorzeichen.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has more than %3 decimal places.</source>
        <translation>%1 („%2“) hat mehr als %3 Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is too large.</source>
        <translation>%1 („%2“) ist zu groß.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Die Zahl ist zu groß.</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places.</source>
        <translation>%1 hat mehr als %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The amount %1 has more decimal places than %2 allows.</source>
        <translation>Der Betrag %1 hat mehr Nachkommastellen, als %2 zulässt.</translation>
    </message>
    <message>
        <source>%1 is %2, but SYSPRO accepts at most %3 decimal places there. Round the value in the mapping before it is sent.</source>
        <translation>%1 hat den Wert %2, SYSPRO akzeptiert dort aber höchstens %3 Nachkommastellen. Runden Sie den Wert in der Zuordnung, bevor er gesendet wird.</translation>
    </message>
    <message>
        <source>%1 is %2, which has more than the %3 digits before the decimal point that SYSPRO accepts there.</source>
        <translation>%1 hat den Wert %2 und damit mehr als die %3 Vorkommastellen, die SYSPRO dort akzeptiert.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::GenericFind</name>
    <message>
        <source>A SYSPRO look-up needs a table name.</source>
        <translation>Eine SYSPRO-Suche benötigt einen Tabellennamen.</translation>
    </message>
    <message>
        <source>The look-up condition &quot;%1&quot; on %2.%3 is not one SYSPRO knows; use EQ, NE, GT, GE, LT, LE or LIKE.</source>
        <translation>Die Suchbedingung „%1“ für %2.%3 ist SYSPRO nicht bekannt; verwenden Sie EQ, NE, GT, GE, LT, LE oder LIKE.</translation>
    </message>
    <message>
        <source>a look-up</source>
        <translation>eine Suche</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::GlJournalPost</name>
    <message>
        <source>GL journal %1 has no entries.</source>
        <translation>Hauptbuchjournal %1 hat keine Einträge.</translation>
    </message>
    <message>
        <source>GL journal %1 mixes currencies or is too large to add up: %2</source>
        <translation>Hauptbuchjournal %1 enthält verschiedene Währungen oder ist zu groß für die Summenbildung: %2</translation>
    </message>
    <message>
        <source>GL journal %1 does not balance: debits %2, credits %3, difference %4. It was not sent to SYSPRO. Correct the entries (or the settlement mapping) so that debits equal credits.</source>
        <translation>Hauptbuchjournal %1 ist nicht ausgeglichen: Soll %2, Haben %3, Differenz %4. Es wurde nicht an SYSPRO gesendet. Korrigieren Sie die Einträge (oder die Zuordnung der Abrechnung), sodass Soll und Haben übereinstimmen.</translation>
    </message>
    <message>
        <source>GL journal %1</source>
        <translation>Hauptbuchjournal %1</translation>
    </message>
    <message>
        <source>GL journal %1, entry %2</source>
        <translation>Hauptbuchjournal %1, Eintrag %2</translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused GL journal %2: %3. Correct the journal (ledger codes, open period) and post it again.</source>
        <translation>SYSPRO-Firma %1 hat Hauptbuchjournal %2 abgelehnt: %3. Korrigieren Sie das Journal (Sachkonten, offene Periode), und buchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::InventoryQuery</name>
    <message>
        <source>stock query</source>
        <translation>Artikelabfrage</translation>
    </message>
    <message>
        <source>a stock query</source>
        <translation>eine Artikelabfrage</translation>
    </message>
    <message>
        <source>SYSPRO&apos;s stock query answer holds no stock item.</source>
        <translation>Die Antwort von SYSPRO auf die Artikelabfrage enthält keinen Artikel.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::LicenceProbe</name>
    <message>
        <source>checking the licence of %1</source>
        <translation>Prüfung der Lizenz für %1</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::LicenceReport</name>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation>nicht lizenziert</translation>
    </message>
    <message>
        <source>not checked (SYSPRO could not be reached)</source>
        <translation>nicht geprüft (SYSPRO war nicht erreichbar)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (card receipts use the fallback chosen in Settings: an AR-receipts export file or a GL journal)</source>
        <translation> (für Zahlungseingänge aus Kartenzahlungen gilt die unter „Einstellungen“ gewählte Ausweichlösung: eine Exportdatei mit Zahlungseingängen oder ein Hauptbuchjournal)</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::ReceiptExportFile</name>
    <message>
        <source>ARSTPY is not licensed and receipts are set to go to an export file, but no export folder is set. Choose one in Settings &gt; SYSPRO.</source>
        <translation>ARSTPY ist nicht lizenziert, und Zahlungseingänge sollen in eine Exportdatei geschrieben werden, es ist aber kein Exportordner festgelegt. Wählen Sie einen unter „Einstellungen &gt; SYSPRO“.</translation>
    </message>
    <message>
        <source>The AR-receipts export folder %1 cannot be created. Check the path and its permissions in Settings &gt; SYSPRO.</source>
        <translation>Der Exportordner für Zahlungseingänge %1 kann nicht angelegt werden. Prüfen Sie den Pfad und seine Berechtigungen unter „Einstellungen &gt; SYSPRO“.</translation>
    </message>
    <message>
        <source>Receipt %1 could not be written to %2: %3.</source>
        <translation>Zahlungseingang %1 konnte nicht in %2 geschrieben werden: %3.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SalesOrderImport</name>
    <message>
        <source>%1 (order header)</source>
        <translation>%1 (Auftragskopf)</translation>
    </message>
    <message>
        <source>%1 (order line %2, stock code %3)</source>
        <translation>%1 (Auftragszeile %2, Artikelnummer %3)</translation>
    </message>
    <message>
        <source>%1 (order line %2, %3)</source>
        <translation>%1 (Auftragszeile %2, %3)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>SYSPRO company %1 rejected sales order %2: %3. Correct the order (or the mapping) and replay it.</source>
        <translation>SYSPRO-Firma %1 hat Kundenauftrag %2 abgelehnt: %3. Korrigieren Sie den Auftrag (oder die Zuordnung), und übertragen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>There are no sales orders to send.</source>
        <translation>Es gibt keine Kundenaufträge zum Senden.</translation>
    </message>
    <message>
        <source>A sales order for customer %1 has no customer PO number. The bridge uses it to find the order in SYSPRO; set it in the mapping.</source>
        <translation>Ein Kundenauftrag für Kunde %1 hat keine Kundenbestellnummer. Die Bridge verwendet sie, um den Auftrag in SYSPRO zu finden; legen Sie sie in der Zuordnung fest.</translation>
    </message>
    <message>
        <source>Sales order %1 appears twice in one SYSPRO call; send the second one in a later call.</source>
        <translation>Kundenauftrag %1 kommt in einem SYSPRO-Aufruf zweimal vor; senden Sie den zweiten in einem späteren Aufruf.</translation>
    </message>
    <message>
        <source>sales order %1, header</source>
        <translation>Kundenauftrag %1, Kopf</translation>
    </message>
    <message>
        <source>Sales order %1 has %2 ship-to address lines; SYSPRO takes at most 5.</source>
        <translation>Kundenauftrag %1 hat %2 Lieferadresszeilen; SYSPRO übernimmt höchstens 5.</translation>
    </message>
    <message>
        <source>Sales order %1 has line number %2 missing, out of range or repeated; SYSPRO needs unique line numbers from 1 to 9999.</source>
        <translation>Kundenauftrag %1 hat eine fehlende, ungültige oder doppelte Zeilennummer (%2); SYSPRO benötigt eindeutige Zeilennummern von 1 bis 9999.</translation>
    </message>
    <message>
        <source>sales order %1, order line %2</source>
        <translation>Kundenauftrag %1, Auftragszeile %2</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SalesOrderQuery</name>
    <message>
        <source>sales order query</source>
        <translation>Kundenauftragsabfrage</translation>
    </message>
    <message>
        <source>a sales order query</source>
        <translation>eine Kundenauftragsabfrage</translation>
    </message>
    <message>
        <source>SYSPRO&apos;s sales order query answer holds no sales order.</source>
        <translation>Die Antwort von SYSPRO auf die Kundenauftragsabfrage enthält keinen Kundenauftrag.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SysproClient</name>
    <message>
        <source>(not logged on)</source>
        <translation>(nicht angemeldet)</translation>
    </message>
    <message>
        <source>looking up %1 in SYSPRO</source>
        <translation>Suche in der SYSPRO-Tabelle %1</translation>
    </message>
    <message>
        <source>importing sales order %1 (SORTOI)</source>
        <translation>Import von Kundenauftrag %1 (SORTOI)</translation>
    </message>
    <message numerus="yes">
        <source>importing %n sales orders (SORTOI)</source>
        <translation>
            <numerusform>Import von %n Kundenauftrag (SORTOI)</numerusform>
            <numerusform>Import von %n Kundenaufträgen (SORTOI)</numerusform>
        </translation>
    </message>
    <message>
        <source>SYSPRO did not report this order and it is not in SorMaster</source>
        <translation>SYSPRO hat diesen Auftrag nicht gemeldet, und er ist nicht in SorMaster vorhanden</translation>
    </message>
    <message>
        <source>querying stock code %1 (INVQRY)</source>
        <translation>Abfrage der Artikelnummer %1 (INVQRY)</translation>
    </message>
    <message>
        <source>querying sales order %1 (SORQRY)</source>
        <translation>Abfrage des Kundenauftrags %1 (SORQRY)</translation>
    </message>
    <message>
        <source>querying customer %1 (ARSQRY)</source>
        <translation>Abfrage des Kunden %1 (ARSQRY)</translation>
    </message>
    <message>
        <source>adding customer %1 (ARSSCS)</source>
        <translation>Anlage des Kunden %1 (ARSSCS)</translation>
    </message>
    <message>
        <source>updating customer %1 (ARSSCS)</source>
        <translation>Aktualisierung des Kunden %1 (ARSSCS)</translation>
    </message>
    <message>
        <source>posting receipt %1 for customer %2 (ARSTPY)</source>
        <translation>Buchung des Zahlungseingangs %1 für Kunde %2 (ARSTPY)</translation>
    </message>
    <message>
        <source>Receipt %1 for customer %2 was not posted: ARSTPY (AR payments) is not licensed for operator %3 in SYSPRO company %4, and no fallback is chosen. Licence ARSTPY in SYSPRO, or choose an export file or GL journal fallback in Settings &gt; SYSPRO.</source>
        <translation>Zahlungseingang %1 für Kunde %2 wurde nicht gebucht: ARSTPY (Debitorenzahlungen) ist für Operator %3 in SYSPRO-Firma %4 nicht lizenziert, und es ist keine Ausweichlösung gewählt. Lizenzieren Sie ARSTPY in SYSPRO, oder wählen Sie unter „Einstellungen &gt; SYSPRO“ eine Exportdatei oder ein Hauptbuchjournal als Ausweichlösung.</translation>
    </message>
    <message>
        <source>ARSTPY is not licensed and receipts are set to go to a GL journal, but the bank or AR control ledger code is not set. Set both in Settings &gt; SYSPRO.</source>
        <translation>ARSTPY ist nicht lizenziert, und Zahlungseingänge sollen als Hauptbuchjournal gebucht werden, aber das Sachkonto für Bank oder Debitorensammelkonto ist nicht festgelegt. Legen Sie beide unter „Einstellungen &gt; SYSPRO“ fest.</translation>
    </message>
    <message>
        <source>Card receipt %1 from customer %2 (ARSTPY not licensed)</source>
        <translation>Kartenzahlung %1 von Kunde %2 (ARSTPY nicht lizenziert)</translation>
    </message>
    <message>
        <source>posting GL journal %1 (GENTJL)</source>
        <translation>Buchung des Hauptbuchjournals %1 (GENTJL)</translation>
    </message>
    <message>
        <source>creating credit note %1 for customer %2 (SORTCH)</source>
        <translation>Anlage der Gutschrift %1 für Kunde %2 (SORTCH)</translation>
    </message>
    <message numerus="yes">
        <source>adding %n line(s) to credit note %1 (SORTCL)</source>
        <translation>
            <numerusform>Hinzufügen von %n Zeile zur Gutschrift %1 (SORTCL)</numerusform>
            <numerusform>Hinzufügen von %n Zeilen zur Gutschrift %1 (SORTCL)</numerusform>
        </translation>
    </message>
    <message>
        <source>posting AR document %1 for customer %2 (ARSTIN)</source>
        <translation>Buchung des Debitorenbelegs %1 für Kunde %2 (ARSTIN)</translation>
    </message>
    <message>
        <source>ARSTPY (AR payments) is not licensed; receipts go one by one to the fallback.</source>
        <translation>ARSTPY (Debitorenzahlungen) ist nicht lizenziert; Zahlungseingänge gehen einzeln an die Ersatzlösung.</translation>
    </message>
    <message numerus="yes">
        <source>posting %n receipt(s) (ARSTPY)</source>
        <translation>
            <numerusform>Buchung von %n Zahlungseingang (ARSTPY)</numerusform>
            <numerusform>Buchung von %n Zahlungseingängen (ARSTPY)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SysproErrors</name>
    <message>
        <source>The SYSPRO session ended (another logon with the same operator, or it expired) while %1. The bridge logs on again and repeats the call.</source>
        <translation>Die SYSPRO-Sitzung wurde während des Vorgangs „%1“ beendet (durch eine weitere Anmeldung mit demselben Operator oder durch Ablauf). Die Bridge meldet sich erneut an und wiederholt den Aufruf.</translation>
    </message>
    <message>
        <source>SYSPRO refused business object %1 while %2: it is not available or not licensed for this operator in company %3 (SYSPRO said: %4). Apportion an e.net licence for its functional area to the operator in SYSPRO, or choose a fallback in Settings &gt; SYSPRO.</source>
        <translation>SYSPRO hat das Business-Objekt %1 beim Vorgang „%2“ abgelehnt: Es ist für diesen Operator in Firma %3 nicht verfügbar oder nicht lizenziert (Meldung von SYSPRO: %4). Weisen Sie dem Operator in SYSPRO eine e.net-Lizenz für den zugehörigen Funktionsbereich zu, oder wählen Sie unter „Einstellungen &gt; SYSPRO“ eine Ausweichlösung.</translation>
    </message>
    <message>
        <source>SYSPRO refused the logon to company %1: %2. Check the operator, company and passwords in Settings &gt; SYSPRO.</source>
        <translation>SYSPRO hat die Anmeldung bei Firma %1 abgelehnt: %2. Prüfen Sie Operator, Firma und Kennwörter unter „Einstellungen &gt; SYSPRO“.</translation>
    </message>
    <message>
        <source>SYSPRO could not find what was asked for while %1: %2.</source>
        <translation>SYSPRO konnte beim Vorgang „%1“ das Angeforderte nicht finden: %2.</translation>
    </message>
    <message>
        <source>SYSPRO reported an error while %1: %2. Check the SYSPRO e.net diagnostics for the cause.</source>
        <translation>SYSPRO hat beim Vorgang „%1“ einen Fehler gemeldet: %2. Prüfen Sie die Ursache in der Diagnose von SYSPRO e.net.</translation>
    </message>
    <message>
        <source>SYSPRO rejected %1: %2. Correct the data and post it again.</source>
        <translation>SYSPRO hat %1 abgelehnt: %2. Korrigieren Sie die Daten, und senden Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SysproSession</name>
    <message>
        <source>The SYSPRO connection is closing, so %1 was not sent. It will be sent after the next start.</source>
        <translation>Die SYSPRO-Verbindung wird geschlossen, daher wurde der Vorgang „%1“ nicht gesendet. Er wird nach dem nächsten Start gesendet.</translation>
    </message>
    <message>
        <source>logging on to SYSPRO company %1 as operator %2</source>
        <translation>Anmeldung bei SYSPRO-Firma %1 als Operator %2</translation>
    </message>
    <message>
        <source>SYSPRO answered the logon to company %1 with an empty session id. Check that the address in Settings &gt; SYSPRO points at the e.net REST service.</source>
        <translation>SYSPRO hat die Anmeldung bei Firma %1 mit einer leeren Sitzungs-ID beantwortet. Prüfen Sie, ob die Adresse unter „Einstellungen &gt; SYSPRO“ auf den e.net-REST-Dienst verweist.</translation>
    </message>
    <message>
        <source>SYSPRO did not confirm %1 (%2). It may or may not have been posted; check for the document before posting it again.</source>
        <translation>SYSPRO hat den Vorgang „%1“ nicht bestätigt (%2). Möglicherweise wurde er bereits gebucht; prüfen Sie, ob der Beleg vorhanden ist, bevor Sie erneut buchen.</translation>
    </message>
    <message>
        <source>logging off from SYSPRO</source>
        <translation>Abmeldung von SYSPRO</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::XmlElement</name>
    <message>
        <source>SYSPRO sent an answer that is not well-formed XML (%1). Check that the address in Settings points at the SYSPRO e.net REST service.</source>
        <translation>SYSPRO hat eine Antwort gesendet, die kein wohlgeformtes XML ist (%1). Prüfen Sie, ob die Adresse unter „Einstellungen“ auf den REST-Dienst von SYSPRO e.net verweist.</translation>
    </message>
</context>
<context>
    <name>bridge::syspro::XmlInWriter</name>
    <message>
        <source>%1 &quot;%2&quot; is %3 characters long, but SYSPRO accepts at most %4 (%5). Shorten it in the mapping, or allow truncation of %1 in Settings &gt; SYSPRO.</source>
        <translation>%1 „%2“ ist %3 Zeichen lang, SYSPRO akzeptiert aber höchstens %4 (%5). Kürzen Sie den Wert in der Zuordnung, oder erlauben Sie unter „Einstellungen &gt; SYSPRO“ das Kürzen von %1.</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>The database is chosen in %1 (key database/url).</source>
        <translation>Die Datenbank wird in %1 festgelegt (Schlüssel database/url).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>The live demo did not start</source>
        <translation>Start der Live-Demo fehlgeschlagen</translation>
    </message>
    <message>
        <source>The live demo has stopped.</source>
        <translation>Die Live-Demo wurde beendet.</translation>
    </message>
</context>
</TS>
