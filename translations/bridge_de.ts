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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::CanonicalPayment</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;minor&quot; must be a whole number of minor units (at most 2^53), for example 1050 for 10.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an amount needs &quot;minor&quot; (whole minor units) or &quot;decimal&quot; (an exact decimal string) and a &quot;currency&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has neither a vendorTxCode nor an Opayo transactionId, so it cannot be traced. Check the source that sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendorTxCode &quot;%1…&quot; has %2 characters; Opayo allows at most 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cardLastFour must hold at most the last four digits of the card; the source sent %1 characters. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>createdDate &quot;%1&quot; is not an ISO 8601 date and time (for example 2026-11-21T10:15:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order line %1 needs a sku and a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 unitPrice</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; needs digits on both sides of the decimal point: write 0.50 instead of .50, and 5 instead of &quot;5.&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read the secret for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store the secret for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret for %1.</source>
        <translation type="unfinished"></translation>
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
        <source>The database this console uses. Change it under Settings.</source>
        <translation>Die Datenbank, die diese Konsole verwendet. Ändern Sie sie unter „Einstellungen“.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs %1 lines of %2 characters, but the target has %3: &quot;%4&quot;. Shorten it in the order, or map fewer parts of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Condition</name>
    <message>
        <source>&quot;all&quot;/&quot;any&quot; needs a list of conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list as its &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare with whole numbers only (amounts in minor units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 (%2) with %3 using %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::ExchangeRates</name>
    <message>
        <source>%1: &quot;from&quot; and &quot;to&quot; must be ISO 4217 currency codes such as EUR and GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rate must be a decimal written as text, such as &quot;0.8612&quot; (up to 12 decimals), so that it is exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a rate of zero is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;effective&quot; must be the date from which the rate applies, as yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is already a %2→%3 rate effective %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1→%2 exchange rate is in force on %3. Add one to the mapping&apos;s rate table (effective on or before that date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1 to %2 gives an amount too large to handle safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::JsonPath</name>
    <message>
        <source>The path is empty. Name a source field, for example vendorTxCode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid path: &quot;%2&quot; should be a field name, optionally followed by [n] to pick an element, as in lines[0].sku.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::MappingDocument</name>
    <message>
        <source>&quot;fields&quot; must be a list of {&quot;target&quot;, &quot;steps&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every field needs a &quot;target&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is mapped twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a bridge mapping document (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this bridge reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping produces nothing: add at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each target needs its own &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SYSPRO business object &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-line mapping needs &quot;from&quot; (the source list, e.g. lines) and &quot;element&quot; (e.g. StockLine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Transform</name>
    <message>
        <source>source field %1 holds the fraction %2; amounts must come as whole minor units with a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source field %1 is a group of fields (%2); map one of them, for example %1.%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source field %1 is a list; pick one element, as in %1[0], or map it per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected ISO 8601 such as 2026-11-21 or 2026-11-21T10:15:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text, a whole number, true/false or an amount {&quot;minor&quot;, &quot;currency&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 step needs a &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lookup needs a non-empty &quot;table&quot; of source value → target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup value for &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;to&quot; must be the target currency, such as GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address step needs &quot;lines&quot;: the target field for each address line, such as [&quot;ShipAddress1&quot;, …, &quot;ShipAddress5&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lineLength&quot; must be at least 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;case&quot; must be keep, upper or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each rule needs an &quot;account&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL account derivation needs &quot;rules&quot; or a &quot;default&quot; account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concat needs &quot;parts&quot;: text, or steps that produce text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substring needs &quot;start&quot; (0 or more) and &quot;length&quot; (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashToLength needs a &quot;length&quot; of at least 12 (it keeps a prefix and adds a 9-character hash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of steps, such as [{&quot;type&quot;: &quot;path&quot;, &quot;path&quot;: &quot;vendorTxCode&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step must be an object with a &quot;type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no field %1. Check the path, or mark it optional and give a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the lookup table (known: %2). Add it to the table or give a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency conversion needs an amount with its currency, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no address at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GL account rule matches this transaction (%1). Add a rule or a default account.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; the operation will be tried again. (%1)</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
