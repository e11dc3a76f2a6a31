<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Opayo–SYSPRO Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves card payments from Opayo into SYSPRO and keeps the two in agreement: posting, reconciliation, refunds and their approval, with every change audited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open alerts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: who is on it, what was done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine needs a person for: payments waiting too long, a growing dead-letter queue, refused credentials, amounts Opayo does not confirm. A problem that keeps happening stays one alert and counts its occurrences. Acknowledge an alert with a comment once someone is on it; if it happens again, a new alert opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the whole trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change a person or the engine makes is recorded here and can never be edited. Each entry is sealed with the fingerprint of the one before it, so &quot;Verify the whole trail&quot; proves that nothing was changed, inserted or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments Opayo took since midnight (local time) that the bridge accepted for posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of today&apos;s payments per currency, before refunds. Amounts are exact; currencies are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds Opayo made since midnight (local time), with their sum per currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that came into the inbox in the last 60 minutes: shop events, Opayo notifications and Reporting API rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and commands waiting for another attempt after a failure the bridge expects to pass (network, SYSPRO busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and commands that will not succeed without a person: fix the cause, then replay them or mark them resolved. Resolved ones are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the sync engine runs, and what is waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s one SYSPRO session (SYSPRO allows one logon per operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogPage</name>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bridge is doing, live. Filter by level and component, or search the text. Card numbers never appear here: they are masked before anything is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the entries shown so far. The log file keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opayo–SYSPRO Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Opayo–SYSPRO Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sync engine: it takes payments from the inbox and posts them to SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync engine after the calls in progress; new payments wait in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a field (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a field by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a field&apos;s name and press Enter; Enter again finds the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each Opayo payment becomes SYSPRO documents. Left: what a payment contains. Right: the SYSPRO fields. Drag a payment field onto a SYSPRO field to connect them (or select both and press Ctrl+L); click a line or a SYSPRO field to change how its value is made. The preview below shows what would be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at the mappings; only an administrator can change, save or activate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only fields the bridge posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO&apos;s business objects have many more fields than the bridge fills; untick to see them all (greyed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO document to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line or a SYSPRO field to see how its value is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in order (each takes the value of the one before):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of step to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this mapping (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be posted to SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SYSPRO fields with nothing mapped: the payment fields that most likely belong there, with how sure the bridge is and why. Accept one, or all above a level of confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence to accept above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all &amp;above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for &amp;posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a SYSPRO document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the XML of a SYSPRO document that a person keyed for the sample payment. Its values tell the suggestions which payment field each SYSPRO field was filled from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window the table shows. Change it with Period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: vendorTxCode, Opayo transaction or SYSPRO document (starts with)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (starts with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dead letters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves that what Opayo settled equals what SYSPRO recorded. Each settlement line and ledger entry is matched or given a class; a preparer proposes how to resolve a difference, an approver (never the same person) approves it, and the engine posts it to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run (or the selected batch) as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable report of the run (or the selected batch): period, who ran it, totals by class, then the discrepancies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement days &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement days to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;reconciliation now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports what is new (Reporting API, settlement files) for these days, then matches every settlement line against the ledger and SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the settlement journal or the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose settlement &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes posting the selected batch&apos;s settlement journal (bank, card clearing, fees) to SYSPRO; an approver approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves the selected batch&apos;s proposed settlement journal; the engine posts it to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the selected batch once nothing is open and its settlement journal is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id or vendorTxCode starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement lines and ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see both sides and why they matched or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry and SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry and SYSPRO documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the row matched or not, and its resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes how to resolve the selected discrepancy, with a comment; an approver decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves the proposals of the selected rows (several only when of one class); the engine posts them to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects the selected row&apos;s proposal (a comment is needed); the item is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for approving or rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund everything that is left of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, e.g. two of the three mugs came back broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void instead: cancel the whole payment before Opayo settles it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundsPage</name>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a payment, see what is left to refund, and ask for a refund (or, on the day of the payment, a void). One person asks, another approves; the bridge then refunds it with Opayo and books the credit note in SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendorTxCode, customer or transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of a vendorTxCode or a customer account, or a whole Opayo transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund or void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds of the selected payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (needed to reject): what you checked, or why not…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refund asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the bridge reaches Opayo, SYSPRO and its database. Passwords and keys are kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as registered with Opayo, e.g. acmeshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO e.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://erp-server:31002/SYSPROWCFService/Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different database takes effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If ARSTPY is not &amp;licensed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder that SYSPRO&apos;s AR receipt import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank ledger code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR control ledger code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check lic&amp;ences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to SYSPRO and find out which business objects the operator may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting API user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting API password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds one person may make &amp;alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every refund needs an approver (e.g. GBP 20.00, EUR 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per currency, the largest refund that goes to Opayo without a second person&apos;s approval. Leave it empty so that an approver other than the person asking approves every refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 is missing. Give it as {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object such as {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}; a bare number or text cannot say its currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Currency</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code. Use a three-letter code such as GBP, EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Money</name>
    <message>
        <source>The amount is empty. Enter a number such as 10.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; uses exponent notation, which is not accepted for money. Write the full number, for example 1000 instead of 1e3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; contains &apos;%2&apos; at position %3. An amount may contain only digits, one leading sign and one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has a thousands separator after the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has misplaced thousands separators; groups after the first must have exactly three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has decimals, but %2 has no minor unit. Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has %2 decimals, but %3 allows at most %4. Amounts are never rounded; correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is too large to be handled safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to %2: the currencies differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum is too large to be handled safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2: the currencies differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference is too large to be handled safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to negate safely.</source>
        <translation type="unfinished"></translation>
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
    <name>bridge::PaymentEdits</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot be written in %3: %4</source>
        <extracomment>%1 currency code, %2 amount, %3 the new currency code, %4 why (e.g. too many decimals)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>town or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 stock code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field was changed. Change at least one value, or replay without edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field that can be corrected. Correctable fields are the customer, the addresses, the amount and currency, and each order line&apos;s stock code, description, quantity and unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment cannot be posted without a customer code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of units above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it with digits and a decimal point, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the payment has %n order line(s).</source>
        <translation>
            <numerusform>the payment has %n order line.</numerusform>
            <numerusform>the payment has %n order lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Permissions</name>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees payments, reports and the event log; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches the live monitor, retries or replays failed postings, acknowledges alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes refunds, reconciliation resolutions and edited replays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves or rejects what a preparer proposed, never their own proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects Opayo and SYSPRO, edits mappings and settings, assigns roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view payments and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit field mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate a mapping version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start or stop the sync engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry or replay a posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit and replay a posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve an edited replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose a reconciliation resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a reconciliation resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: this needs the role %3. An administrator can assign roles on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared this, so %1 cannot %2. Another approver must do it (maker-checker rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a dead letter resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::cli::CliApplication</name>
    <message>
        <source>Show the data folder, settings, database, schema version and audit state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the audit log is complete and unchanged; names the first bad row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the most recent audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a user&apos;s roles (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bridge-cli [--demo] [--settings FILE] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo–SYSPRO Bridge on the command line. Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the demo data folder instead of the real one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read settings from FILE instead of the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; &apos;&lt;command&gt; --help&apos; shows a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure (for audit verify: tampering found), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;bridge-cli %1--help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo–SYSPRO Bridge command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &apos;%1&apos; command &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a sub-command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bridge-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (default: the configured database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail unless the log ends at this hash (detects removed newest rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log. Exits 0 when intact, 1 when a row was changed, inserted or deleted (the first such row is named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head: row %1, hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bad row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows verified before it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the newest audit log entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 100000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where the bridge keeps its data and whether it is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo–SYSPRO Bridge %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists users and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated roles: viewer, operator, preparer, approver, admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces a user&apos;s roles. You must be an administrator (your OS login is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a login and a comma-separated list of roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; use viewer, operator, preparer, approver or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1 are now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the engine against the built-in sandboxes and a simulated shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SYSPRO XmlIn a mapping makes of a payment, or its errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sync engine as a service until stopped (SIGTERM or Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a dead-lettered event or command through the engine again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders the shop places (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of calls to both sandboxes that fail, 0 to 1 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the shop and the sandboxes (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline worker threads (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency added to every SYSPRO answer (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only good orders: no unknown stock, bad customers, bad refunds or re-sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (default: a temporary SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the Opayo and SYSPRO sandboxes and a simulated shop in this process, runs the engine until every order has settled, and prints what happened: events in, sales orders, receipts, dead letters by reason, retries, duplicates suppressed, latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events must be a whole number of orders, at least 1 (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault-rate must be between 0 and 1 with at most two decimals, e.g. 0.2 (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed, --workers (1 to 16) and --syspro-latency-ms must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 shop orders against the sandboxes (fault rate %2%)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping document (default: the built-in default template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A canonical payment as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates a mapping on one payment and prints the SYSPRO XmlIn of every command it would post, or the first problem (which field, what is wrong). Nothing is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input FILE is required (a canonical payment as JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping posts nothing for this payment (no target&apos;s condition holds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file of this engine (default: the installation&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a claim lasts (default 120000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the sync engine and its intake listener until SIGTERM or Ctrl+C, then stops in order (no new work, calls in flight finish, SYSPRO is logged off). Secrets come from the keychain, as the console stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running; intake listening on port %1. Stop with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks (for the audit log; default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event:N (an inbox event, from its start) or command:N (an outbox command); a bare number is an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a dead-lettered event through the pipeline again, or a dead-lettered command to SYSPRO again (looked up first, in case it was posted by hand). A running engine picks it up; the audit log records who asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay takes exactly one ID, e.g. &apos;replay event:42&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ID; use event:N or command:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1 queued again; it is looked up in SYSPRO before it is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 queued again from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop secret in the keychain (shop/event-secret): status updates to %1 are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists chargebacks, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chargebacks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(customer unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer for lines without one (default: the chargebacks/defaultAcquirer setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s chargeback CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports an acquirer&apos;s chargeback CSV. The columns are named in the chargebacks/csvColumns setting. Refused lines are listed with their line number; the others are imported. Importing a file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines read, %3 chargebacks imported, %4 already known, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transaction ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency code, e.g. GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s fee, same currency (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the acquirer gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer (default: the chargebacks/defaultAcquirer setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s date, yyyy-MM-dd (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records one chargeback by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received: &apos;%1&apos; is not a date in the form yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded chargeback %1: %2 %3 on transaction %4 (%5 %6). Mark it disputed, won or lost with &apos;bridge-cli chargeback set %1 …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback&apos;s number (see &apos;chargeback list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a chargeback&apos;s state. Marking it lost posts its debit note and fee journal to SYSPRO (through the engine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a chargeback number and a state (disputed, won or lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chargeback number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state a chargeback can be set to; use disputed, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its debit note and fee journal are queued for SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its debit note is queued for SYSPRO (no fee, so no journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List chargebacks, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an acquirer&apos;s chargeback CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one chargeback by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a chargeback disputed, won or lost (lost posts it to SYSPRO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch settlement batches, match them with the ledger and SYSPRO, store and print the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile this settlement day (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First settlement day (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last settlement day (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this settlement CSV first (may be given several times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: shop orders placed before the day is settled (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the settlement batches (the Opayo Reporting API when its user is set up, catching up on missed days; the settlement/folder and SFTP server when set; the --file files), matches the period&apos;s settlement lines with the bridge&apos;s ledger and SYSPRO documents, stores the run and prints the summary: lines, matched, and per batch and currency the counts and amounts of each kind of difference. Default period: today&apos;s settlement. With --demo it runs the built-in sandboxes and a simulated shop, settles their day with realistic differences, and checks the result against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --date or --from and --to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a day as yyyy-MM-dd, e.g. 2026-11-20 (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must both be days as yyyy-MM-dd, --to not before --from (got &apos;%1&apos; and &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events must be a whole number, at least 10 (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 shop orders against the sandboxes, then settling the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported before, skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines in %3 new batches (%4 batches known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo Reporting API %1 to %2: %3 new batches, %4 lines (%5 batches known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation run %1, settlement days %2 to %3: %4 lines, %5 matched; %6 ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in a batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines, %2 matched, gross %3, refunds %4, chargebacks %5, fees %6, net %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo truth: %1 of %2 lines and %3 of %4 ledger entries as the demo made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve reconciliation discrepancies: items, propose, approve, reject, list, journal, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (needed; kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this discrepancy class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post_missing_receipt, post_missing_credit_note, adjustment_journal, reverse_duplicate, write_off, wait_for_next_batch, confirm_match or resolved_outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal amount (default: the difference found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger code to debit (default from Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger code to credit (default from Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm_match: the ledger entry&apos;s transaction ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--comment is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s number (&apos;bridge-cli reconcile&apos; prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a run&apos;s discrepancies with their result numbers and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a run number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no discrepancies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result&apos;s number (&apos;resolution items&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes a resolution of one discrepancy (preparer). An approver approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a result number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action: &apos;%1&apos; is not a resolution; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no result %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed resolution %1 (%2) for result %3; an approver approves it with &apos;bridge-cli resolution approve %1 --comment …&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal numbers (several: one class only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approves proposals (approver, never one&apos;s own); posting ones are queued for SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects a proposal (approver, never one&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one or more proposal numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one proposal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected proposal %1; the item is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved proposal %1: %2 %3 is queued for SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the proposals waiting for an approver, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal is waiting for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s acquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes posting the batch&apos;s settlement journal (bank, card clearing, fees, chargebacks) in one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the batch (approver): nothing may be open, its settlement journals approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an acquirer, a batch id and a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an acquirer and a batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no batch %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed the settlement journal of batch %1 in %2 as proposal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;resolution&apos; needs a sub-command: items, propose, approve, reject, list, journal or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &apos;resolution&apos; command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved mapping versions and which one is used for posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two mapping versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mapping version for posting (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mapping version as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping document (default: the database&apos;s active mapping version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping: version %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the saved mapping versions, newest first, and which one the engine posts with. A database without any gets the built-in default as version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* used for posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what changed from one mapping version to another, field by field, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two version numbers, e.g. &apos;mapping diff 1 2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences between version %1 and version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to post with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the engine post with this mapping version from its next start (an older version: a rollback). Administrators only; audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is used for posting from the engine&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (kept with the version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping document (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. Use &apos;bridge-cli mapping activate %1&apos; to post with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (default: print it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a mapping version as a JSON file, as &apos;mapping import&apos; and --mapping read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a mapping file or a template as a new version (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the built-in mapping templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in template instead of a file (see &apos;bridge-cli mapping templates&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a mapping file (or a built-in template) and saves it as a new version (not yet used for posting). Administrators only; audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a file or --template, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no mapping template &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the built-in mapping templates: their id (for &apos;mapping import --template ID&apos;), their title, and the file to give &apos;bridge-cli map --mapping&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::credentials::CredentialStore</name>
    <message>
        <source>No secret is stored in the system keychain for %1. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to %1. Unlock the keychain or allow the bridge to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain entry is configured for this secret.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:                     %1
Status updates to the shop:  %2
Latency p50 / p99:           %3 ms / %4 ms
Elapsed:                     %5 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake listener did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 10 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::demo::SettlementDemo</name>
    <message>
        <source>The demo has no unsettled card payment to settle; run it with more orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1#%2 (%3): expected %4, found %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::DatabaseOpener</name>
    <message>
        <source>The database setting in %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::Engine</name>
    <message numerus="yes">
        <source>%n item(s) are in the dead-letter queue (%1 since the last alert).</source>
        <translation>
            <numerusform>%n item is in the dead-letter queue (%1 since the last alert).</numerusform>
            <numerusform>%n items are in the dead-letter queue (%1 since the last alert).</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest payment still waiting has waited %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYSPRO operator is not set up. Enter it in Settings → SYSPRO e.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO ended the bridge&apos;s session (another logon of the same operator, or a timeout). The bridge logged on again; calls in progress were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bridge an operator of its own, so that people logging on in SYSPRO do not end its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dead letter says why it failed and what to do: fix the cause, then replay it (bridge-cli replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that SYSPRO and Opayo are reachable and that the engine is running; each waiting item keeps its last error in the event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping is active, so the engine would not know what to post. Give the engine a mapping document (bridge-cli run --mapping FILE, or the built-in default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::ErpDocuments</name>
    <message>
        <source>The mapping fills &quot;%1&quot; in %2 (%3), which the bridge cannot post in a %2. Use one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3) is &quot;%4&quot;, which is not a date (yyyy-MM-dd). Add a formatDate step with the format yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3) must be an amount with its currency; the mapping gave &quot;%4&quot;. Map it from an amount field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3) is empty, and SYSPRO needs it. Map a source field to it or give it a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for business object &quot;%2&quot;, which the bridge does not post. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, order line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in GENTJL (%2) is &quot;%3&quot;, which is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, journal entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal %1 (%2) does not balance: debits and credits differ by %3 %4. It is not posted; correct its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes a SORTCH credit note without lines, and SYSPRO&apos;s SORTCL needs at least one. Map the refunded order lines, or one non-stocked line with the refund&apos;s amount (Description, OrderQty 1, Price, NsProductClass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, credit note line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::EventNormaliser</name>
    <message>
        <source>The stored Reporting API row of event %1 is not valid JSON (%2); the poller will store it again on its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 came from &quot;%2&quot;, a source the bridge does not read. It was stored by a newer or older version; replay it with the version that stored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (vendorTxCode %2) reports a successful payment without Opayo&apos;s transactionId, so it cannot be confirmed with Opayo or posted exactly once. Ask the shop to send the transactionId Opayo returned, then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 does not say which payment it refunds (referenceTransactionId is missing), so what is left to refund cannot be checked. Add it to the event and replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored console refund of event %1 cannot be read (%2). Ask for the refund again on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::IntakeHandler</name>
    <message>
        <source>The request is larger than %1 bytes and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is served at %1 %2. The bridge accepts POST /opayo/notification and POST /shop/events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification could not be stored; please send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be stored; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener cannot use %1:%2; another program may be using the port. Choose another one with the setting intake/port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Opayo notification was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this repeats, check the vendor name in Settings → Opayo; otherwise someone may be sending forged notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop event was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this repeats, check that the shop and the bridge share the same event secret and that both clocks are right; otherwise someone may be sending forged events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop event %1 contained a card number; it was masked before anything was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the shop&apos;s developers to stop sending card numbers: the bridge never needs them, and sending them puts the shop in PCI scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::MappingPreview</name>
    <message>
        <source>%1 is required by SYSPRO but is empty for this sample. Give it a default value (a &quot;Default&quot; step) or map another field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; (%3 characters); SYSPRO takes at most %4. Add a &quot;Shorten with hash&quot; or &quot;Part of the text&quot; step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (add a &quot;Format date&quot; step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y or N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, but SYSPRO expects %3 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required by SYSPRO and nothing is mapped to it. Drag a source field onto it, or give it a fixed value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping cannot be used yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample is not a payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample cannot be mapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be posted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping posts nothing for this sample (no target&apos;s condition holds).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::OpayoConnection</name>
    <message>
        <source>Opayo base URL &quot;%1&quot; must end with the API version, for example https://sandbox.opayo.eu.elavon.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo Reporting API address &quot;%1&quot; is not usable; it usually is https://live.opayo.eu.elavon.com/access/access.htm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Opayo vendor name in Settings; the Reporting API needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::PipelineWorker</name>
    <message>
        <source>Correct the event at its source and send it again, or replay it once the bridge can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the refund amount with the shop; if the refund was really made in Opayo, correct the original payment&apos;s amount first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 in the event, %2 at Opayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo did not say the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in the event, %3 %4 at Opayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 in the event, %2 at Opayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo does not confirm transaction %1 (vendorTxCode %2): %3. Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the payment in Opayo&apos;s portal with the shop&apos;s order before posting anything by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the payment in Opayo&apos;s portal with the shop&apos;s order. If the shop sent wrong figures, correct them there; then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo could not confirm transaction %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the transaction in Opayo&apos;s portal. If it exists, check the Opayo settings (vendor, environment), then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 came from Opayo without an amount and can only be confirmed through the Reporting API, which is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Reporting API user in Settings → Opayo, then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code %1 does not exist in SYSPRO company %2 (payment %3, vendorTxCode %4). Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer %1 in SYSPRO, or correct the shop&apos;s account code for this customer, then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock code %1 does not exist in SYSPRO company %2 (payment %3, vendorTxCode %4). Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the refund amount with the shop; nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the cause named above, then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the mapping &quot;%1&quot;, then replay the event (bridge-cli replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the stock code in SYSPRO, or map the shop&apos;s SKU to an existing stock code (a lookup step on StockCode in the mapping), then replay the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the edit in the monitor (Edit and replay), or replay without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another refund of this payment was made meanwhile (in the console or in Opayo&apos;s portal). Ask again for what is left on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the refund again on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier try to send refund %1 may have reached Opayo, and only the Reporting API can tell; it is not set up, so the refund is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for refund %1 in MyOpayo. Then replay the event: the bridge looks it up again before sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo has refund %1 (transaction %2) but did not complete it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the refund in MyOpayo, then ask for it again on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo did not make refund %1 of payment %2: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the payment in MyOpayo, then ask for the refund again on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo refused refund %1 of payment %2: refund exceeds what is left: %3 asked, %4 (code 1018).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bridge does not know what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the payment was refunded elsewhere (e.g. in MyOpayo). Check its refunds there, then ask for what is left on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void is possible only on the day of the payment, before Opayo settles it. Refund the payment instead on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the cause named above, then ask for the refund again on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund asked for in the console cannot be edited: its amount was approved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay it without edits, or mark it resolved and ask for the right refund on the Refunds page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Opayo integration key and password (Settings → Opayo); payments and approved refunds wait and go on once Opayo accepts the bridge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo refused to void payment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo refused refund %1 of payment %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::ReportingPoller</name>
    <message>
        <source>The Reporting API is not set up; enter its user in Settings → Opayo to let the bridge find payments the webhooks missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::StatusSyncWorker</name>
    <message>
        <source>The shop&apos;s status address %1 did not answer (%2); the update will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop answered HTTP %1 to a status update; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused status update %1 with HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the bridge and the shop share the same status webhook secret, then replay the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the shop&apos;s status webhook address in Settings, then replay the update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::SysproConnection</name>
    <message>
        <source>SYSPRO service URL &quot;%1&quot; is not an http:// or https:// address such as http://erp-server:31002/SYSPROWCFService/Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SYSPRO operator the bridge logs on as (Settings → SYSPRO e.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts are to be written to a file when ARSTPY is not licensed, but the folder &quot;%1&quot; does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts are to be posted as GL journals when ARSTPY is not licensed: enter the bank ledger code and the AR control ledger code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::SysproGateway</name>
    <message>
        <source>The SYSPRO connection is not set up yet; the call will be made again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::engine::SysproPoster</name>
    <message>
        <source>Found in SYSPRO on look-up after an unknown outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO&apos;s answer did not mention order %1; it will be looked up before it is posted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO imported order %1 without saying its number; it will be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence business object %1 for the bridge&apos;s operator in SYSPRO, or choose a receipt fallback in Settings → SYSPRO e.net, then replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SYSPRO operator and passwords in Settings → SYSPRO e.net, then replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the data named above in SYSPRO or in the mapping, then replay the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has been failing for %3 minutes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that SYSPRO is reachable (Settings → SYSPRO e.net → Test).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::AboutDialog</name>
    <message>
        <source>Opayo–SYSPRO Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spdlog: %1.%2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo, with its own data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on Qt 6 (LGPL-3.0), QtKeychain (BSD-3-Clause), spdlog and {fmt} (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::AlertsModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::AlertsPage</name>
    <message>
        <source>No open alerts: the engine needs nobody right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n alert(s).</source>
        <translation>
            <numerusform>Showing the newest alert.</numerusform>
            <numerusform>Showing the newest %n alerts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alert to see what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First seen %1, last seen %2, %n time(s).</source>
        <translation>
            <numerusform>First seen %1, last seen %2, once.</numerusform>
            <numerusform>First seen %1, last seen %2, %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open alert first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the alert to acknowledge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::AppContext</name>
    <message>
        <source>Switching users is only possible in demo mode. Outside it, the console always acts as the person signed in to the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::AuditModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::AuditPage</name>
    <message>
        <source>Showing the newest %1 entries. The full trail can be checked from the command line with: bridge-cli audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::ChargebackRecordDialog</name>
    <message>
        <source>Record a chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.34</source>
        <extracomment>Placeholder: an example amount, written with a dot and without a currency sign</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00 when there is no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transaction ID, from the Monitor page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <extracomment>The acquirer&apos;s fee for the chargeback</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;quirer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <extracomment>The acquirer&apos;s case or dispute number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: give the amount charged back, for example 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::ChargebacksPanel</name>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Column: the date the acquirer raised the chargeback
----------
A chargeback&apos;s state: the acquirer told us, nobody has acted yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Column: the acquirer&apos;s case reference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Column: the acquirer&apos;s chargeback fee</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO</source>
        <extracomment>Column: the SYSPRO documents a lost chargeback posted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chargebacks yet. When an acquirer tells you of one, record it here, or import the acquirer&apos;s CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>A chargeback&apos;s state: we sent the acquirer evidence against it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>A chargeback&apos;s state: decided in our favour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>A chargeback&apos;s state: decided against us; posted to SYSPRO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargebacks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a chargeback by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the acquirer&apos;s chargeback CSV file; known chargebacks are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are sending the acquirer evidence against this chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer decided in your favour; nothing is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer decided against you: posts a debit note to the customer and the fee journal to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a chargeback first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the acquirer&apos;s chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargebacks not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n chargeback(s) imported</source>
        <translation>
            <numerusform>%1: %n chargeback imported</numerusform>
            <numerusform>%1: %n chargebacks imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n already known</numerusform>
            <numerusform>%n already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused.</source>
        <translation>
            <numerusform>%n line refused.</numerusform>
            <numerusform>%n lines refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark chargeback %1 lost? A debit note of %2 to customer %3 is posted to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark chargeback %1 lost? A debit note of %2 to customer %3, and a journal of the fee of %4, are posted to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chargeback lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, see the Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being checked in SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::DashboardPage</name>
    <message>
        <source>Events received per minute, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in per hour, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since midnight, local time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each currency is shown on its own, before refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also %1. Before refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This minute: %1 · busiest minute: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event or command is waiting for another attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being retried after a failure: events %1, commands %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a person. Oldest came in %1 ago (%2); events %3, commands %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet today: cash in appears here hour by hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1, the oldest for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console runs the engine in demo mode only so far; Engine → Start engine says what to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in progress finish, then it logs off SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments wait in the inbox until it runs again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running, so it holds no SYSPRO session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings go through this one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is waiting: if this lasts, check the SYSPRO connection under Settings and the alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine logs on when it has something to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in the last hour: they appear here minute by minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::EditReplayDialog</name>
    <message>
        <source>Edit and replay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the payment, then replay it through the bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge stopped this payment: %1

Correct what is wrong, then replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (money: needs approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: e.g. the shop sent the customer&apos;s old account code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change at least one value in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You changed money (%n field(s) changed in all). An approver who is not you must approve the change; the payment is replayed when they do.</source>
        <translation>
            <numerusform>You changed money (%n field changed in all). An approver who is not you must approve the change; the payment is replayed when they do.</numerusform>
            <numerusform>You changed money (%n fields changed in all). An approver who is not you must approve the change; the payment is replayed when they do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed. The payment is replayed at once with the corrections.</source>
        <translation>
            <numerusform>%n field changed. The payment is replayed at once with the corrections.</numerusform>
            <numerusform>%n fields changed. The payment is replayed at once with the corrections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send for &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::EngineStatusWidget</name>
    <message>
        <source>Sync engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console does not run a sync engine outside demo mode yet. Engine → Start engine says what to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is running: it takes payments from the inbox and posts them to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is stopping: calls in progress finish, then it logs off SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is stopped. Payments that arrive wait in the inbox until it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln dead letter(s)</source>
        <translation>
            <numerusform>%Ln dead letter</numerusform>
            <numerusform>%Ln dead letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical alert(s)</source>
        <translation>
            <numerusform>%Ln critical alert</numerusform>
            <numerusform>%Ln critical alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>SYSPRO logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO not logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1 commands completed (SYSPRO documents and status updates to the shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1 events in the inbox, %2 commands in the outbox (%3 in flight, %4 to be checked in SYSPRO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters: %1 events, %2 commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts: %1 (%2 critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to post (declined, rejected or a duplicate): %1 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::EventLogPage</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::LogTableModel</name>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::MainWindow</name>
    <message>
        <source>Opayo–SYSPRO Bridge (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: its own data folder, and you can act as any of the demo people to try maker-checker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have changes that are not saved. Save them before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this console uses: %1
Change it under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far this console runs the sync engine only in demo mode (bridge-console --demo).

To run it against the real Opayo and SYSPRO, set up both connections and the database under Settings, then run the engine as a service with &quot;bridge-cli run&quot;.

Open Settings now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s), %1 critical</source>
        <translation>
            <numerusform>%n open alert, %1 critical</numerusform>
            <numerusform>%n open alerts, %1 critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::MappingCanvas</name>
    <message>
        <source>Connections between payment fields and SYSPRO fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::MappingsPage</name>
    <message>
        <source>Sales order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR credit or debit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales credit note lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not made: see the problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example payment (from the field descriptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version and press Compare to see what changed since the one before it (or select two versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field at once (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping as a new version (Ctrl+S). Saving does not change what is posted until the version is put to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you change, and why? (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the selected fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a payment in JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to compare with the one before it, or two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to version %1 for posting payments to SYSPRO? The engine uses it from its next start; the change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use version %1 for posting payments to SYSPRO? The engine uses it from its next start; the change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mapping version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has changes that are not saved as a version. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when leaving the Mappings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for each payment where %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for every payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge does not post this field to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line or a SYSPRO field to see how its value is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO requires this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is mapped to it yet: drag a payment field onto it, or add a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the mapping onto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a group of fields. Drag one of its fields, or add a &quot;Standardise an address&quot; step to the SYSPRO field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge does not post %1 to SYSPRO, so a value there would be refused. Choose one of the fields shown in black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a field of each order line; connect it to a field of the lines (for example StockLine), not of the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field&apos;s name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match %1 of %2; press Enter for the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!-- %1 (%2), from &quot;%3&quot; --&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: SYSPRO would accept these documents as far as the bridge can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview up to date: %n problem(s).</source>
        <translation>
            <numerusform>Preview up to date: %n problem.</numerusform>
            <numerusform>Preview up to date: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Preview (%n problem(s))</source>
        <translation>
            <numerusform>&amp;Preview (%n problem)</numerusform>
            <numerusform>&amp;Preview (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion is at %1 % or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. It is used for posting once an administrator puts it to use (Versions tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post payments with the selected version from the engine&apos;s next start (or go back to an older one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can choose the version used for posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2, in use for posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — version %2 (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — new, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 (from the payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note line %1 (from the payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (from the payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries (one for each entry of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note lines (one for each entry of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines (one for each entry of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, group %1 (one for each entry of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note lines, group %1 (one for each entry of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines, group %1 (one for each entry of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line made from the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lines from %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a field of each order line, and this line is made from the payment itself, not from its order lines. Connect a field of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line group %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — changed from version %2 (in use for posting), not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — changed from version %2 (not in use), not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a SYSPRO document keyed for the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO document as XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping has no SYSPRO business object to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fills no field of %1. Open the XML of a document of one of them, as SYSPRO writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared with the payment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was keyed for the sample payment before, so it is no longer compared. Open the SYSPRO document of this sample to compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a SYSPRO document that someone keyed for this sample payment? Open its XML and the suggestions compare its values with the payment&apos;s: the surest way to tell fields apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not its fields, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n field(s) filled</source>
        <translation>
            <numerusform>%1 (%2, %n field filled</numerusform>
            <numerusform>%1 (%2, %n fields filled</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing with %1. Suggestions whose payment value is what the document holds are surest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::MonitorDetailView</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (card numbers masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment to see its way into SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <extracomment>%1 is a time of day (14:02:11.120)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 by %2 waits for an approver: %3 (reason: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not normalised yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections applied when replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a status update to the shop, not a SYSPRO call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet. It would be:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document. The answer was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing mapped: no commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::MonitorModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score %1 of 100 (details in the canonical payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendorTxCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::MonitorPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats of known payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment and refund once: a payment reported again (by Opayo or the Reporting API&apos;s safety net) is listed under &quot;Repeats of known payments&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the open dead letters: payments the bridge stopped for a reason a person must fix (any time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try what waits for its next attempt now, instead of after its back-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a dead letter through again: the event from its start, or its SYSPRO commands after a look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the payment and replay it; a change to money waits for an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the dead letter resolved: say how it was dealt with outside the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject the edit that waits for a second person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows&apos; vendorTxCode, Opayo transaction and SYSPRO documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every row the filter matches to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: set &quot;to&quot; after &quot;from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dead letters, any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1, since 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last hour, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payments selected. Copy or export them, or select one to see its way into SYSPRO.</source>
        <translation>
            <numerusform>%n payment selected. Copy or export it, or select one to see its way into SYSPRO.</numerusform>
            <numerusform>%n payments selected. Copy or export them, or select one to see its way into SYSPRO.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a payment to see its way into SYSPRO: its stages, what came in, what was posted and what SYSPRO answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment that waits for its next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dead letter (or an ignored event) to send it through again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit of this payment waits for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment the bridge stopped before posting (a dead letter) to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open dead letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment whose edit waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no payment matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open dead letters. Nothing needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments match: %1. Widen the period or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment event(s).</source>
        <translation>
            <numerusform>%n payment event.</numerusform>
            <numerusform>%n payment events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: updates as the engine works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for changes every 5 seconds (no engine in this console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine in this console tells the monitor about every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor reads the database every 5 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dead letters only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dead letters only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Event %1: %n item(s) tried again now.</source>
        <translation>
            <numerusform>Event %1: %n item tried again now.</numerusform>
            <numerusform>Event %1: %n items tried again now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 corrected and replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: the change to money waits for an approver (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was this dead letter dealt with? (e.g. &quot;posted by hand as sales order 000123&quot;)
Nothing is posted for it, and commands held behind it stay held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 marked resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to replay %2 with these corrections:
%3

Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (needed to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 approved; the payment is replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reference line(s) copied.</source>
        <translation>
            <numerusform>%n reference line copied.</numerusform>
            <numerusform>%n reference lines copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n payment event(s)…</source>
        <translation>
            <numerusform>Exporting %n payment event…</numerusform>
            <numerusform>Exporting %n payment events…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment event(s) exported to %1.</source>
        <translation>
            <numerusform>%n payment event exported to %1.</numerusform>
            <numerusform>%n payment events exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any currency; amounts are read in each currency&apos;s own units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::ReconcileReport</name>
    <message>
        <source>There is no reconciliation run %1 to report on; choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 by %2 on %3 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: the ledger entries in no batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settlement lines, %2 matched; %3 ledger entries; %4 discrepancies open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 on %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in no batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every line and entry matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VendorTxCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more discrepancies are not listed here; the CSV export has every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement reconciliation, run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::ReconcileResultsModel</name>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (proposal rejected by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1, posted: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1, posting failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1, posting to SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VendorTxCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::ReconciliationPage</name>
    <message>
        <source>in batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4). An approver other than you decides; approving posts it to SYSPRO through the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debit ledger code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit ledger code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transaction id of the ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this resolution (needed; the approver reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why this resolution is right: it is needed, and the approver reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2, %n open</source>
        <translation>
            <numerusform>Run %1: %2, %n open</numerusform>
            <numerusform>Run %1: %2, %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>A preparer runs it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 by %2 on %3: %4 settlement lines, %5 matched; %6 ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entries in no batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run found no settlement lines and no ledger entries for its days: nothing was settled or imported for them yet. Import the statements (Reporting API or settlement files), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows match the filter. Clear filters shows every row of the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); select one to see both sides and why.</source>
        <translation>
            <numerusform>%n row; select it to see both sides and why.</numerusform>
            <numerusform>%n rows; select one to see both sides and why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading both sides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows selected: approve their proposals together (one class at a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see both sides and why they matched or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VendorTxCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo Reporting API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settlement line: no batch of the run&apos;s days holds this ledger entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded for this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger entry: the bridge never recorded this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed %2 on %3: &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to SYSPRO as %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports what is new for these days, then matches every settlement line against the ledger and SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a discrepancy to propose a resolution, or rows with proposals to approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row matched: there is nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some selected rows have no proposal waiting: select only rows with a proposal to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected proposals are of %1 classes (%2); approve one class at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see only its rows, to post its settlement journal or to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries no settlement line took: nothing to post or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement journal proposed by %1, waiting for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot propose a resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the one discrepancy to resolve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why this resolution is right: the approver reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1 proposed (%2); an approver other than you decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected row has no proposal waiting for a decision; select only rows whose status says &quot;Proposed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows whose proposals to decide on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only proposals of one class can be approved together; the selection holds %1. Filter the grid by one state first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject one proposal at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why the proposal is rejected: its preparer reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) approved; the engine posts them to SYSPRO.</source>
        <translation>
            <numerusform>%n resolution approved; the engine posts it to SYSPRO.</numerusform>
            <numerusform>%n resolutions approved; the engine posts them to SYSPRO.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) approved.</source>
        <translation>
            <numerusform>%n resolution approved.</numerusform>
            <numerusform>%n resolutions approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1 rejected; the item is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot propose the settlement journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve the settlement journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a settlement batch in the batches table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no settlement journal waiting for approval; propose it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment for batch %1&apos;s settlement journal first (next to the buttons): the approver reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement journal of batch %1 (%2) proposed; an approver other than you decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement journal of batch %1 (%2) approved; the engine posts it to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last settlement day (%1) is before the first (%2); swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciling settlement days %1 to %2: importing what is new, then matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 settlement lines, %3 matched; %4 ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reconciliation run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reconciliation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reconciliation rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report with %n discrepancy(ies) written to %1.</source>
        <translation>
            <numerusform>Report with %n discrepancy written to %1.</numerusform>
            <numerusform>Report with %n discrepancies written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No reconciliation has run yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reconciliation compares what Opayo settled with what the bridge recorded and SYSPRO booked. It needs the settlement data first:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the Opayo Reporting API (its user and password under Settings → Opayo), downloaded daily, or&lt;/li&gt;&lt;li&gt;the acquirer&apos;s settlement files (CSV): put them in the folder named by the setting &lt;i&gt;settlement/folder&lt;/i&gt;, have them fetched over SFTP (&lt;i&gt;settlement/sftpHost&lt;/i&gt;), or import one on the command line with &lt;code&gt;bridge-cli reconcile --file statement.csv&lt;/code&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then choose the settlement days above and press &lt;b&gt;Run reconciliation now&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since this run (run the reconciliation again to update the grid and the evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the settlement sources&apos; settings and keychain entries…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundDialog</name>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1, customer %2
Opayo transaction %3
Paid %4 · refunded %5 · waiting %6 · left to refund %7</source>
        <extracomment>%1 vendorTxCode, %2 customer account, %3 Opayo transactionId, then amounts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>Example amounts in the refund dialog&apos;s amount field; %1 is the amount left to refund.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo cancels the payment instead of refunding it: possible only on the day of the payment, before it is settled, and only for the whole amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to refund (at most %1), or press Full amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Write it like %2.</source>
        <extracomment>%1 is the parser&apos;s explanation; %2 an example amount.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund must be more than zero: enter up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than is left to refund of %2: %3 (paid %4, refunded %5, waiting %6). Enter at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to refund of %1: paid %2, refunded %3, waiting %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note: the approver and the audit trail see why the money goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <extracomment>The store&apos;s own refusal of a refund request, shown in the refund dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund limits in Settings cannot be read (%1), so every refund waits for an approver. An administrator can correct them under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds up to %1 need no second person (refund policy): this one goes to Opayo as soon as you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approver other than you must approve this before any money goes back; it then waits in the Approvals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundRequestsModel</name>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Cancelling a whole card payment before the bank settles it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1, Opayo transaction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundablePaymentsModel</name>
    <message>
        <source>Opayo transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 − refunded %2 − waiting %3 = %4 left to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken today and not settled yet: Opayo can still cancel the whole payment (a void) instead of refunding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void is possible only on the day of the payment, before Opayo settles it, with nothing refunded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void possible</source>
        <extracomment>Marks a payment that Opayo can still cancel (void) instead of refunding.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendorTxCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Refunds asked for, approved or on their way to Opayo, not yet done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::RefundsPage</name>
    <message>
        <source>&amp;Chargebacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of the exact amount (amounts are compared in each currency&apos;s own units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments taken between these days (inclusive, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be read: %2 Write it like 12.50, or clear the field to search any amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates run backwards: set &quot;to&quot; on or after &quot;from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet: a payment appears here once the bridge has accepted it from Opayo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment matches. Try the start of a vendorTxCode or customer account, a whole Opayo transaction id, or clear the amount and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) found, newest first. Select one to see its refunds.</source>
        <translation>
            <numerusform>%n payment found, newest first. Select one to see its refunds.</numerusform>
            <numerusform>%n payments found, newest first. Select one to see its refunds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval queue cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals (%1)</source>
        <extracomment>The Approvals tab&apos;s title with the number of requests waiting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment to see its refunds and to refund it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a payment above to see its refunds and to refund it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, customer %2, Opayo transaction %3
Paid %4 · refunded %5 · waiting %6 · left to refund %7</source>
        <extracomment>%1 vendorTxCode, %2 customer account, %3 Opayo transactionId, then amounts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken today and not settled: it can still be voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s refunds cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refunds asked for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 (Opayo %4), %5: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1 at %2. Reason: %3. Note: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo&apos;s transaction: %1 (vendorTxCode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to refund of %1: refunds done and on their way already add up to the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a refund of %1 (up to %2 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this refund, so another approver must approve it (maker-checker rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve it: the bridge then refunds it with Opayo and books the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject it, saying why in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the payment to refund first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to refund of %1: paid %2, refunded %3, waiting %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 asked for: it waits for an approver other than you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 needs no second person (refund policy): the bridge sends it to Opayo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reject the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the request to decide on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment why the refund is rejected: %1 sees it in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 approved: the bridge sends it to Opayo, then books the credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 for %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked at %2 to void %3 (all of it) for customer %4.
Payment %5, Opayo transaction %6
Reason: %7. Note: %8</source>
        <extracomment>%1 person, %2 time, %3 refund/void, %4 amount, %5 customer, %6 vendorTxCode, %7 Opayo id, %8 reason, %9 note.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked at %2 for a refund of %3 to customer %4.
Payment %5, Opayo transaction %6
Reason: %7. Note: %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::SettingsPage</name>
    <message>
        <source>Test (Opayo sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at these settings. Changing them needs the Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL needs a host, a database and a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path of the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo base URL: &quot;%1&quot; is not usable. Use an https:// address such as %2 (plain http:// is only accepted for a sandbox on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor name: use the name Opayo gave your account: letters, digits, &apos;-&apos; and &apos;_&apos; only, up to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO service URL: &quot;%1&quot; is not an http:// or https:// address. It usually looks like http://erp-server:31002/SYSPROWCFService/Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO service URL: &quot;%1&quot; does not contain the e.net service path (…/SYSPROWCFService/Rest). Copy the REST address from the SYSPRO e.net configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty; the bridge creates its tables when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1; it is upgraded to %2 when the bridge starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 is newer than this bridge understands (%2). Update the bridge before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with an error (nothing is posted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an AR receipts file for import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a GL journal (bank to AR control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging on to SYSPRO at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO did not answer the licence check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1 in company %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARSTPY is not licensed and no fallback is chosen: receipts will stop with an error. Choose a file or a GL journal above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds one person may make alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::StepEditor</name>
    <message>
        <source>Read a payment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GL account by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten with hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose by a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the empty last row to add one; clear a row&apos;s cells to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be missing (then the value is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text as it is; an amount as {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value when empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each payment value and the SYSPRO value it becomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: an unknown value stops the payment with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else becomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper and lower case must match exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to (currency code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of the day of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates (one unit of From is Rate units of To, from the date on):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO address lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the SYSPRO lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format the postcode for its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the country as the last line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule that matches gives the account. A rule: field = value, other value; another field = value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL derivation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out empty parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts, in order: a payment field or a fixed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>21 November 2026 becomes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer text keeps its start and ends with ~ and a short code made from the whole text, so that different texts stay different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the payment field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then the value is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otherwise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition has several parts; change it in an exported file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the sign of an amount or number: 10.50 becomes -10.50 and -10.50 becomes 10.50. In a GL journal a positive entry is a debit and a negative one a credit. This step has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::UsersModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::gui::UsersPage</name>
    <message>
        <source>Only administrators can change roles. You are signed in as %1.</source>
        <translation type="unfinished"></translation>
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
    <name>bridge::mapping::ExampleDocument</name>
    <message>
        <source>The example names “%1”, which is not a field of %2 (%3). Write the field&apos;s path as the mapping does, for example “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document is not well-formed XML at line %1, column %2: %3 Open the document as SYSPRO wrote it, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the example document&apos;s elements is a field of %1 (%2). Open the XML of a document of that object, whose fields are elements such as %3.</source>
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
    <name>bridge::mapping::InMemorySuggestionHistory</name>
    <message>
        <source>The stored suggestion history is not in the format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the stored suggestion history needs a source, a target and counts of zero or more.</source>
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
    <name>bridge::mapping::MappingDiff</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now mapped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer mapped (it was: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping now also produces %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping no longer produces %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now produced for every payment (it was only when %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now only produced when %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was produced when %2; now when %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (if given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, otherwise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1→%2 %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardise the address %1 into %2 lines of %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL account by rule (%1; otherwise %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join [%1] with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorten to %1 characters (hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if %1 then %2 else %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trim spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has lines: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has lines (they were: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the sign</source>
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
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of line groups is empty; give at least one group, or leave &quot;lines&quot; out when the document has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line group must be an object with &quot;from&quot;, &quot;element&quot; and &quot;fields&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-line mapping needs &quot;from&quot; (the source list, e.g. lines, or $ for one line from the event) and &quot;element&quot; (e.g. StockLine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every line group of a target fills the same list; this one fills %1, the first one %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Schema</name>
    <message>
        <source>this is not a schema file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaVersion %1 is not supported; this version reads 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema needs an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;role&quot; must be &quot;source&quot; or &quot;target&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema has no &quot;fields&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field needs a &quot;name&quot; of letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; use text, decimal, integer, date, boolean, money, group or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;maxLength&quot; must be a whole number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal needs a &quot;scale&quot; from 0 to 10 (its decimal places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a decimal has a &quot;scale&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample does not fit the type %1 (money is {&quot;minor&quot;: 1050, &quot;currency&quot;: &quot;GBP&quot;}, a date is ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 field cannot have &quot;fields&quot;; only a group or a list can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs &quot;fields&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in schema &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::SuggestionEngine</name>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names agree on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names carry different numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one of the names carries a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; does not look like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; looks like %2, which this field does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 into a %2 field needs a conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample has %1 characters; this field takes at most %2, so it needs shortening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source may have up to %1 characters; this field takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is a field of each line; this field is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field belongs to each line; the source does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n time(s) before.</source>
        <translation>
            <numerusform>Rejected once before.</numerusform>
            <numerusform>Rejected %n times before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n time(s) before.</source>
        <translation>
            <numerusform>Accepted once before.</numerusform>
            <numerusform>Accepted %n times before.</numerusform>
        </translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words of free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a kind of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names share only general words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s name says only what it is; it is taken as the %1&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name is the other with a qualifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; looks like %2; this field holds words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample &quot;%1&quot; is free text; this field holds a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source belongs to the %1 address; this field&apos;s neighbours are about the %2 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source belongs to the %1 address; this field to the %2 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source belongs to the %1 address, like this field&apos;s neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This field takes a code of at most %n character(s); the sample &quot;%1&quot; needs a lookup table.</source>
        <translation>
            <numerusform>This field takes a code of at most one character; the sample &quot;%1&quot; needs a lookup table.</numerusform>
            <numerusform>This field takes a code of at most %n characters; the sample &quot;%1&quot; needs a lookup table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another source fits this field as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fits %1 better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is about %1; the source does not say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is the %1 of a %2, not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one of the names says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample has %1 characters; this field takes an identifier of at most %2, which cannot be shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another source fits this field as well; this one is the primary one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document leaves this field empty, although the source holds “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds “%1” here, as %2 does; the source&apos;s sample is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds “%1” here, as %2 does, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds “%1” here, which no source field holds: a constant, a SYSPRO code or a lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds the same “%1” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The example document holds “%1” here: the source&apos;s value cut to the field&apos;s %n character(s).</source>
        <translation>
            <numerusform>The example document holds “%1” here: the source&apos;s value cut to the field&apos;s %n character.</numerusform>
            <numerusform>The example document holds “%1” here: the source&apos;s value cut to the field&apos;s %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The example document holds “%1” here: the first line of the source&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds the same day here (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds the same amount here (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds “%1” here: the source&apos;s amount in minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example document holds “%1” here: the source&apos;s amount with the other sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So do %1, which is the same field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So do %1; this name fits better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So do %1; nothing says which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::mapping::Synonyms</name>
    <message>
        <source>this is not a synonym list (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups[%1] needs a &quot;concept&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups[%1] (%2) needs &quot;terms&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups[%1] (%2) has an empty term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is in both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an abbreviation list (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the abbreviation &quot;%1&quot; must be one word standing for one or more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2, which is not a group.</source>
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
    <message>
        <source>%1 cannot be negated: the result is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, so it cannot be negated. Negate an amount, a whole number or a decimal such as 10.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negate step needs an amount or a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::net::NetworkJob</name>
    <message>
        <source>The request to %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 was cancelled before it finished; it may or may not have taken effect there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP %2); the request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the user name and password in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified, so nothing was sent. Check the address in Settings and the system&apos;s certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2. The request will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %L2 seconds. The request may or may not have taken effect; it will be checked and tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::net::SingleAttemptReply</name>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before any answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed in the middle of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not start with an HTTP status line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::NotificationIntake</name>
    <message>
        <source>A notification of %1 bytes was refused unread (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification arrived for transaction %1 (%2), which the bridge did not register, so it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::OpayoErrors</name>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo could not process the request just now (HTTP %1). Nothing needs fixing; the bridge checks the transaction&apos;s state and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo refused the integration key and password (code %1). Check the Opayo connection in Settings: the key and password must belong to this vendor and environment (test or live), and generating new ones in MyOpayo replaces the old pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo does not know this transaction (code 1012). Check the transaction id; a transaction created moments ago may take a few seconds to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo does not allow this operation on this type of transaction (code 1013), e.g. a release on a payment or a refund of a refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is not in a state that allows this operation (code 1014), e.g. it was declined, aborted or is a deferred payment not yet released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo no longer allows this operation on the transaction (code 1017): it was already done, or the transaction has been settled (void works only on the day of the payment). Use a refund instead of a void after settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is larger than what is left to refund on the original payment (code 1018). Reduce the amount to at most the remaining balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release amount is larger than the deferred amount (code 1021). Release at most the amount that was authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo has no instructions for this transaction (code 1019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant session key or card identifier is unknown or has expired (code %1). They last 400 seconds and are single use; start the card entry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number is not valid or not supported (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo does not accept the currency given in %1 (code 1010). Use an ISO 4217 code that the merchant account supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo needs a whole number of minor units in %1 (code 1016), e.g. 1050 for 10.50 GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is already saved as reusable (code 1020); do not ask to save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo has already seen this vendorTxCode (code 4042). Every transaction, refund and repeat needs its own unique vendorTxCode; check whether the earlier one went through before sending a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo rejected the value of %1 (code %2: %3). Correct that field and send the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo refused the request (HTTP %1). Check the Opayo connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo rejected the request (HTTP %1, code %2): %3. Check %4 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Opayo Reporting API refused the vendor, user or password (error %1: %2). Check the Reporting user and password in Settings; it is a MyOpayo user with API rights, not the Pi integration key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Opayo Reporting API answered with error %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PaymentEvent</name>
    <message>
        <source>The payment event from the shop is not in the agreed format: %1. See docs/opayo-events.md; the shop must fix and resend it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PaymentEventVerifier</name>
    <message>
        <source>No shared secret is set for the shop&apos;s payment events, so none can be accepted. Set the webhook secret in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment event of %1 bytes was refused unread (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment event has no valid %1 header (Unix seconds), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment event is timestamped %1 seconds away from this computer&apos;s clock (at most %2 allowed), so it was refused as a possible replay. Check both clocks; the shop should resend it with a fresh signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment event&apos;s signature does not match, so it was refused. The shop and the bridge must use the same webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PiClient</name>
    <message>
        <source>The vendorTxCode &quot;%1&quot; cannot be sent to Opayo: it must be 1 to 40 letters, digits or - . _ { }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 cannot be sent to Opayo: it must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be 1 to %1 characters for Opayo; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release amount %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::PiJsonParser</name>
    <message>
        <source>Opayo&apos;s answer could not be read as JSON. This is usually temporary; if it persists, contact Opayo support with the time of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo answered with a number that has a decimal point; Pi amounts are whole minor units, so the answer is not trusted. Check the transaction in MyOpayo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo&apos;s answer has no transactionId, so the transaction cannot be followed up. Look it up in MyOpayo by its vendorTxCode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo answered with the unknown currency &quot;%1&quot; for transaction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo answered with an amount that is not a whole number of minor units (amount.%1) for transaction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo&apos;s answer to the instruction does not say which instruction it recorded. Check the transaction in MyOpayo before repeating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::ReportingClient</name>
    <message>
        <source>The date range for the Opayo report is not valid: give a start and an end, the end not before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report rows start at 1 and the last row cannot be before the first (asked for %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::ReportingXmlParser</name>
    <message>
        <source>The Opayo Reporting API answer could not be read. If this persists, check the Reporting URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::opayo::ServerNotification</name>
    <message>
        <source>The notification is larger than %1 bytes and was refused unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is empty. Opayo sends its fields as a form POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has more than %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is not a form body (a field has no name=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has a field name with characters Opayo does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification has no %1 field, so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification for %1 does not carry a valid VPSSignature, so it was not accepted. If this repeats for genuine payments, check the vendor name in Settings (it is used in lower case) and that the SecurityKey stored at registration belongs to this transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::reconcile::Matcher</name>
    <message>
        <source>The matching options are out of range: tolerances must not be negative, the fee tolerance is at most 10,000 basis points, the date window 0 to 366 days, the settlement lag 0 to 31 days and confidences 0 to 1,000 per mille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reconciliation run takes fewer than 4,294,967,295 rows per side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement line %1 (batch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to a string the input does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the amount %2; settlement amounts are positive and the line type says which way the money went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative fee (%2 minor units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 as the card&apos;s last four digits; expected 0000 to 9999 or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement line %1 is an acquirer fee without a batch id; fees are matched per batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 refers to a string the input does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 has no Opayo transactionId; every ledger row has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries %1 and %2 both have the transactionId %3; the ledger holds each transaction once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 (transaction %2) has the amount %3; ledger amounts are positive and the kind says payment or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry %1 has %2 as the card&apos;s last four digits; expected 0000 to 9999 or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO document %1 has no transactionId or batch id it was posted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO document %1 (%2) has the amount %3; document amounts are positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch&apos;s totals do not fit in 64 bits of minor units; the input cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::reconcile::Reconciliation</name>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet settled (timing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate in settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate in SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing in settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post the missing receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post the missing credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post an adjustment journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse the duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the match by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigate with Opayo or the acquirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opayo transactionId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendorTxCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount, date and card last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chargeback journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of batch %2 (transaction %3, vendorTxCode %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO document %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 by %3, as part of a group of %4 lines and %5 ledger entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 by %3 (confidence %4‰).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2, but SYSPRO has no receipt or credit note for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2 by %3, but the amounts differ by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2, but %3 differs from the ledger by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settles %2 in another currency; nothing can be posted until Opayo explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2, but SYSPRO holds it twice; %3 is the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a chargeback of %2 with no journal in SYSPRO for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an acquirer fee not booked in SYSPRO (difference %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settles %2 short by %3, within the fee tolerance: the acquirer kept it as a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches no ledger entry by transactionId, vendorTxCode, or amount, date and card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be %2, but the confidence %3‰ is below the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the last settled batch&apos;s cut-off; it should be in the next batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no settlement batch (refund of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no settlement batch although its batch has been settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a settlement line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger %1 %2 (vendorTxCode %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a candidate for %2, like another entry; not matched automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paired with %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settles %2 again: %3 already did. The acquirer paid it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be %2 or %3 (confidence %4‰ each or close); not matched automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::settlement::ConfiguredSources</name>
    <message>
        <source>The settlement SFTP server %1 is set up, but neither settlement/sftpKeyRef nor settlement/sftpPasswordRef names a keychain entry (keychain:scope#name) holding the private key or the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::settlement::SettlementCsv</name>
    <message>
        <source>The settlement CSV layout entry &quot;%1&quot; is not of the form field=Column name (setting settlement/csvColumns). Example: amount=Gross Amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement CSV delimiter &quot;%1&quot; is not known (setting settlement/csvColumns). Use comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement CSV dateFormat is empty (setting settlement/csvColumns). Example: dateFormat=dd/MM/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement CSV layout names the field &quot;%1&quot;, which the bridge does not know (setting settlement/csvColumns). Use one of: %2, delimiter, dateFormat, defaultAcquirer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement CSV layout gives no column name for &quot;%1&quot; (setting settlement/csvColumns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement file %1 is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement file %1 is empty: it needs a header row naming its columns, then one line per settled transaction, fee or chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement file %1 has no column &quot;%2&quot; (for the line&apos;s %3), so nothing of it was imported. Its header row names: %4. Say which column holds it in the settlement CSV layout (setting settlement/csvColumns), for example %3=%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement file %1 has neither a &quot;%2&quot; nor a &quot;%3&quot; column, so no line could be matched to a payment; nothing was imported. Its header row names: %4. Name the column that holds Opayo&apos;s transaction id (VPSTxId) or the vendorTxCode in the setting settlement/csvColumns, for example transactionId=VPSTxId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing); the rest of the file was read as that one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 cells, the header row %2 (a stray delimiter, or a cell that should be in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains what looks like a card number; the line was not read. Export the file with only the card&apos;s last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settlement date &quot;%1&quot; is not a date of the form %2 (setting settlement/csvColumns, dateFormat=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not one of payment, refund, fee, chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency &quot;%1&quot; is not an ISO 4217 code such as GBP or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is zero; a settlement line moves money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not a %2 amount: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee &quot;%1&quot; is not a %2 amount: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card column holds &quot;%1&quot;, not the card&apos;s last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 line needs a transaction id, a vendorTxCode or the card&apos;s last four digits to be matched to a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was settled on %2 according to line %3, this line says %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::settlement::SettlementImport</name>
    <message>
        <source>The settlement file %1 could not be opened: %2. Check the path and that the bridge may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement folder %1 does not exist. Check the setting settlement/folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 was not imported: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::settlement::SftpSource</name>
    <message>
        <source>The settlement SFTP server is not set up: set settlement/sftpHost and settlement/sftpUser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the settlement SFTP server %1: %2. Check settlement/sftpHost and settlement/sftpPort, and that the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP server %1 sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement SFTP server %1 is not known: its host key is %2 %3. Nothing was downloaded. Compare this fingerprint with the one the server&apos;s administrator gives you, then put the server&apos;s known_hosts line (ssh-keyscan -p %4 %5) in the setting settlement/sftpKnownHost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement SFTP server %1 presented a different host key than the one in settlement/sftpKnownHost (it sent %2 %3). Nothing was sent or downloaded: the server may have been replaced, or someone is in between. Ask the server&apos;s administrator whether the key changed before updating the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key for the settlement SFTP server (keychain entry settlement/sftpKeyRef) could not be read. Store the key&apos;s OpenSSH or PEM text, without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key or password for the settlement SFTP server: store one in the keychain and name it in settlement/sftpKeyRef or settlement/sftpPasswordRef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement SFTP server %1 refused the %2: %3. Check the user and the secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 offers no SFTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on the SFTP server %2 could not be opened (SFTP error %3). Check settlement/sftpDirectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 on the SFTP server %2 could not be opened (SFTP error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from the SFTP server %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 on the SFTP server %2 is larger than %3 MB; it is not a settlement file the bridge can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Alerts</name>
    <message>
        <source>An alert without a kind was raised (subject &quot;%1&quot;: %2); it was not stored. This is a defect in the bridge: report it together with the event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert &quot;%1&quot; (subject &quot;%2&quot;) was raised without a message, so an operator could not tell what happened; it was not stored. This is a defect in the bridge: report it together with the event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the id of the alert &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 was not acknowledged: no user name was given, and every acknowledgement records who made it. Sign in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert number %1, so it cannot be acknowledged. Refresh the list of alerts and choose the alert again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 (%2) was already acknowledged by %3 at %4; nothing was changed. If the problem has come back since, it has a new open alert: refresh the list of alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 changed while it was being acknowledged; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list alerts: the page size must be at least 1 (it was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the alerts after alert %1: there is no such alert. Reload the list of alerts from the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::AuditLog</name>
    <message>
        <source>row %1 (%2 by %3 at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log tampered at %1: rows %2 to %3 are missing (deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log tampered at %1: it does not follow the row before it (the chain is broken; a row was replaced or inserted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log tampered at %1: its contents were changed after it was written (stored hash %2…, computed %3…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log does not end at the expected head %1…; it ends at row %2 with %3…. Rows may have been removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) verified.</source>
        <translation>
            <numerusform>Audit log intact: %n row verified.</numerusform>
            <numerusform>Audit log intact: %n rows verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::store::ChargebackCommands</name>
    <message>
        <source>The chargeback fee journal %1 was not queued: %2. Nothing was sent to SYSPRO; check the fee and the ledger codes in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debit note of chargeback %1 would be for %2; it must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal needs at least one debit and one credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has no ledger code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for ledger %1 is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its debits and credits differ by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::ChargebackCsv</name>
    <message>
        <source>The chargeback CSV layout entry &quot;%1&quot; is not of the form field=Column name (setting chargebacks/csvColumns). Example: amount=Dispute Amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback CSV delimiter &quot;%1&quot; is not known (setting chargebacks/csvColumns). Use comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback CSV dateFormat is empty (setting chargebacks/csvColumns). Example: dateFormat=dd/MM/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback CSV layout names the field &quot;%1&quot;, which the bridge does not know (setting chargebacks/csvColumns). Use one of: %2, delimiter, dateFormat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback CSV layout gives no column name for &quot;%1&quot; (setting chargebacks/csvColumns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback file is empty: it needs a header row naming its columns, then one line per chargeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback file has no column &quot;%1&quot; (for the chargeback&apos;s %2), so nothing was imported. Its header row names: %3. Say which column holds it in the chargeback CSV layout (setting chargebacks/csvColumns), for example %2=%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing); the rest of the file was read as that one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 cells, the header row %2 (a stray delimiter, or a cell that should be in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Chargebacks</name>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Opayo transaction ID is missing. Copy it from the acquirer&apos;s notice or the Monitor page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction ID looks like a card number; the bridge never stores card numbers. Give Opayo&apos;s transaction ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer is missing. Say which acquirer raised the chargeback (for example Opayo or Elavon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s reference is missing. It is on the acquirer&apos;s notice (case or dispute number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s reference &quot;%1&quot; has %2 characters; at most %3 fit in SYSPRO&apos;s 30-character reference (with &quot;CB&quot; in front). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acquirer&apos;s reference looks like a card number; the bridge never stores card numbers. Give the case or dispute number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is %1 %2; a chargeback&apos;s amount must be above zero (write it without a minus sign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is in %1 but the amount in %2; give the fee in the chargeback&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is %1; it cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference %1 is already used by chargeback %2 from %3; SYSPRO could not tell their documents apart. Check the reference, or add the acquirer&apos;s prefix to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is a refund, not a payment; a chargeback disputes a payment. Give the original payment&apos;s transaction ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 was paid in %2, the chargeback is in %3. Give the chargeback in the payment&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback of %1 %3 is more than transaction %2 was for (%4 %3). Check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback of %1 %3 and the earlier ones on transaction %2 (%5 %3) are more than it was for (%4 %3). Check the amount, or whether the acquirer sent the same chargeback under a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chargeback %1 from %2: %3 %4 on transaction %5, which the bridge never posted. Reason: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chargeback %1 from %2: %3 %4 on transaction %5 (%6, customer %7). Reason: %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather the evidence (order, delivery, 3-D Secure result) and mark the chargeback disputed before the acquirer&apos;s deadline, or mark it lost to post the debit note and the fee to SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s chargeback %2 is already recorded (chargeback %3); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date in the form %3 (change dateFormat in the CSV layout if the acquirer writes dates differently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 is already %2 (decided by %3); a decided chargeback does not change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 is %2 and cannot be marked %3; a chargeback goes from received to disputed, and from received or disputed to won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chargeback %1. List them with &quot;bridge-cli chargeback list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 is for transaction %2, which the bridge never posted, so it does not know the SYSPRO customer to charge. Check the transaction ID; if the payment was booked by hand, post the debit note and the fee in SYSPRO by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback %1 was changed by someone else at the same moment; look at it again and repeat if still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Corrections</name>
    <message>
        <source>There is no event %1. It may have been removed by the retention job; refresh the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is a dead letter: it is not tried again by itself. Fix the cause named in its details, then replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of event %1 is waiting for a retry: it is done, or being worked on right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 has no dead letter to replay: it is on its way or done. Use &quot;Retry now&quot; for something waiting for its next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the dead letter was dealt with (for example &quot;posted by hand as sales order 000123&quot;), so that others can follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not a dead letter; only dead letters are marked resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 was already marked resolved; its details say by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is corrected, so that the approver and the audit log can follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 was mapped and its SYSPRO command was refused; the payment itself cannot be edited any more. Correct the data in SYSPRO and replay the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments the bridge stopped before posting (dead letters) can be edited and replayed; event %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 already has an edit (request %2) waiting for an approver. It must be approved or rejected first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the edit is rejected, so that the requester can correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no edit-and-replay request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was already approved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Dashboard</name>
    <message>
        <source>The ledger holds payments in &quot;%1&quot;, which is not an ISO 4217 currency the bridge knows, so the dashboard cannot show their amounts. Report this together with the event log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed, so %2 cannot be opened. Reinstall the bridge or install the Qt SQL driver package (Debian: libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that it is writable or choose another location in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the password for %1. Enter the correct password in Settings → Database; it is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not report its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost; the operation will be tried again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; the operation will be tried again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a row that breaks one of its rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::DatabaseUrl</name>
    <message>
        <source>The SQLite database path must be absolute, for example sqlite:///var/lib/bridge/bridge.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL contains a password. Remove it from the URL; the password is kept in the system keychain (Settings → Database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no host. Use postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database after the host, for example postgresql://bridge@db.example.com:5432/bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no user name. Use postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL. Only sslmode is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must start with sqlite:// or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: %1@%2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Inbox</name>
    <message>
        <source>An incoming event has no source or no event id, so a repeat could not be recognised; it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new event&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is %2 (stage %3); only dead-lettered or ignored events can be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1 in the inbox. Replay takes the inbox number of a dead-lettered event, as its dead-letter message and the event log give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event status &quot;%1&quot; for event %2; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::LeaseTable</name>
    <message>
        <source>Item %1 in the %2 is no longer leased to %3; its lease ran out and another worker has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Ledger</name>
    <message>
        <source>Refund %1 is for payment %2, which the bridge has not posted yet. It will be tried again once the payment has arrived; if the payment never does, check it in Opayo&apos;s portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 is in %2, but payment %3 was taken in %4. A refund must be in the payment&apos;s currency; correct the refund in Opayo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 of %2 %3 exceeds what is left of payment %4: %5 %3 of %6 %3 (%7 %3 already refunded). Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::MappingVersions</name>
    <message>
        <source>There is no mapping version %1. The Mappings page lists the saved versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the mapping is the same as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is already the active mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: sales order, AR receipt and credit notes for refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order + AR receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR receipt only (unapplied cash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order, AR receipt and sales credit notes for refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping version is active. An administrator activates one on the Mappings page (or with bridge-cli mapping activate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in default mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Migrator</name>
    <message>
        <source>A database migration is incomplete: its last statement has no ending &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database migration %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Monitor</name>
    <message>
        <source>Amount from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount range is upside down: from %1 is more than to %2. Swap the two amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Outbox</name>
    <message>
        <source>A command needs a kind, a business key and an ordering key before it can be queued (got &quot;%1&quot; / &quot;%2&quot; / &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1 (%2 %3) is %4; only dead-lettered commands can be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command %1 in the outbox. Replay takes the outbox number of a dead-lettered command, as the event log gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database neither queued command %1 %2 nor holds it already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::ReconcileReads</name>
    <message>
        <source>There is no reconciliation run %1; choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reconciliation run first (none is selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: &apos;%1&apos; is not a reconciliation class; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &apos;%1&apos; is not one of open, approved, rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: &apos;%1&apos; is not an ISO 4217 code such as GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount range needs a currency: amounts of different currencies cannot be compared. Choose the currency next to the amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to (%1) is below amount from (%2); swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement line is no longer in the store (its file or batch was removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger entry %1 is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO document %1 %2 was recorded for %3 after the run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Refunds</name>
    <message>
        <source>Customer asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to Opayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded by Opayo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single-approver limit &quot;%1&quot; is not a currency and an amount. Write each limit as &quot;GBP 20.00&quot;, separated by commas, or leave the setting empty so that every refund needs a second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single-approver limit &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single-approver limit &quot;%1&quot; is not an amount of %2 (write e.g. &quot;%2 20.00&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single-approver limits name %1 twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is not in the bridge&apos;s ledger, so nothing of it can be refunded from the console. Search again, or wait until the payment has been posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 exceeds what is left of payment %2: %3 of %4 (%5 refunded, %6 asked for or on its way). Nothing was sent to Opayo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero to refund (you entered %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to %2 at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is &quot;Other&quot;: say in the note why the money goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was taken in %2; a refund of it must be in %2 too (you entered %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 can no longer be voided: Opayo allows a void only on the day the payment was taken (until midnight UK time, before it settles) and only while nothing of it was refunded. Refund it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void cancels all of payment %1 (%2); it cannot be for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or below the single-approver limit of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refund request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund request %1 is no longer waiting for approval: it is &quot;%2&quot;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (decided by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the refund is rejected, so that %1 knows what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund request %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund request %1 is &quot;%2&quot;; only an approved refund is sent to Opayo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Resolutions</name>
    <message>
        <source>Transaction %1&apos;s own %2 is still in the outbox (command %3, %4): posting another one could book it twice. Let the engine post it, or replay it with &quot;bridge-cli replay command:%3&quot; if it is dead, and reconcile again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement journal&apos;s entries do not fit in 64 bits of minor units; the batch&apos;s lines cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post the missing receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post the missing credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post an adjustment journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse the duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the difference off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved outside the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post the settlement journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal needs a comment saying why this resolution is right; write one and propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settlement journal is proposed for a batch, not for one line; use the batch&apos;s &quot;propose settlement journal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reconciliation result %1; run the reconciliation again and pick a line from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 is matched; only a discrepancy can get a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was closed by %2; its items do not change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1&apos;s settlement journal in %2 (proposal %3, %4) books this line&apos;s amount already; a journal of its own would book it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is already resolved: proposal %1 (%2) by %3 was approved by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item already has an open proposal: %1 (%2) by %3. Approve or reject it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit result %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a ledger entry missing in SYSPRO gets its receipt or credit note posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 is a refund: post its credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1 is a payment: post its receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger has no transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a duplicate can be reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal needs two different ledger codes, one debited and one credited (here &quot;%1&quot; and &quot;%2&quot;); give them in the proposal or in Settings (reconcile/…LedgerCode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s amount is in %1, the item in %2; give it in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal&apos;s amount must be above zero (here %1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an entry no batch has settled yet can wait for the next batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an uncertain match can be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the ledger entry (transaction ID) the line belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no id for the new proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal was not stored: %1 If someone proposed for this item at the same moment, look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement journal of batch %1 (%2) was not built: %3. Nothing was sent to SYSPRO; check the batch&apos;s lines and the ledger codes in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its debits and credits differ by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no settlement batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no lines in %2; there is no settlement journal to build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1&apos;s totals do not fit in 64 bits of minor units; its lines cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement journal of batch %1 (%2) does not balance: its debits and credits differ by %3 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1&apos;s settlement journal in %2 was already approved (proposal %3, by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1&apos;s settlement journal in %2 is already proposed (proposal %3 by %4). Approve or reject it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one proposal to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is already %2 (by %3); nothing was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals are approved together only when they share one discrepancy class; these are of %1 classes (%2). Approve each class on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2 Nothing was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: batch %2&apos;s settlement journal (proposal %3) booked this line&apos;s amount already; reject the proposal. Nothing was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 names no batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of proposal %1 was not queued: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1&apos;s SYSPRO command (%2 %3) was queued before; it is not queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 was decided by someone else at the same moment; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: the ledger has no transaction %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: transaction %2 has no SYSPRO customer in the ledger, so its %3 cannot be built. Post it in SYSPRO by hand and resolve the item as resolved outside the bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the proposal is rejected, so that the preparer knows what to propose instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is already %2 (by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a batch needs a comment (the sign-off); write one and close it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was already closed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (settled on %2) has not been reconciled; run &quot;bridge-cli reconcile --date %2&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 cannot close: %n item(s) still open (%2). Resolve them first.</source>
        <translation>
            <numerusform>Batch %1 cannot close: one item still open (%2). Resolve it first.</numerusform>
            <numerusform>Batch %1 cannot close: %n items still open (%2). Resolve them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 cannot close: its settlement journal in %2 is not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reconciliation result %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::Settlements</name>
    <message>
        <source>The database returned no id for a new settlement row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the insert into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not insert %1 rows into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A settlement batch needs a batch id, an acquirer and a settlement date; batch &quot;%1&quot; of acquirer &quot;%2&quot; dated &quot;%3&quot; lacks one, so nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of settlement batch %2 (%3) has the amount %4 %5 and fee %6: amounts must be positive (the line type says which way the money goes). Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of settlement batch %2 gives the card as &quot;%3&quot;; only the last four digits are kept. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more than four characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation does not belong to the loaded period (%1 lines and %2 entries loaded, %3 and %4 in the result); run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::SqliteWriter</name>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::store::UserDirectory</name>
    <message>
        <source>Cannot tell who is signed in: the operating system reported no login name (USER or USERNAME is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. A user appears here after signing in once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator. Make someone else an administrator first, so that the bridge always has one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::ArInvoicePost</name>
    <message>
        <source>AR document %1 for customer %2 has the value %3; SYSPRO needs a positive value (it makes credit notes negative itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused AR document %2 for customer %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::ArPaymentPost</name>
    <message>
        <source>Receipt %1 for customer %2 is %3 %4, but its distributions add up to %5. Distribute the whole receipt to invoices or leave the remainder unapplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused receipt %2 for customer %3: %4. Check the customer and invoice numbers, then post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two receipts in one post share the reference %1; SYSPRO&apos;s answer could not be told apart. Post them separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO&apos;s answer did not mention receipt %1; it will be looked up before it is posted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused receipt %2 for customer %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::CreditNotePost</name>
    <message>
        <source>SYSPRO company %1 refused %2: %3. Correct the refund and post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 for customer %2 has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1, header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit note header for %1 (customer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO accepted %1 but did not return a credit note number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines of credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::CustomerQuery</name>
    <message>
        <source>customer query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO&apos;s customer query answer holds no customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::CustomerSetup</name>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused customer %2: %3. Correct the customer details and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::FixedDecimal</name>
    <message>
        <source>the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large for a SYSPRO field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty where SYSPRO should have sent a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported number scale %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) contains &apos;%3&apos;; only digits, one decimal point and a sign are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) has more than %3 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 has more decimal places than %2 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but SYSPRO accepts at most %3 decimal places there. Round the value in the mapping before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which has more than the %3 digits before the decimal point that SYSPRO accepts there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::GenericFind</name>
    <message>
        <source>A SYSPRO look-up needs a table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up condition &quot;%1&quot; on %2.%3 is not one SYSPRO knows; use EQ, NE, GT, GE, LT, LE or LIKE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a look-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::GlJournalPost</name>
    <message>
        <source>GL journal %1 has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal %1 mixes currencies or is too large to add up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal %1 does not balance: debits %2, credits %3, difference %4. It was not sent to SYSPRO. Correct the entries (or the settlement mapping) so that debits equal credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GL journal %1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO company %1 refused GL journal %2: %3. Correct the journal (ledger codes, open period) and post it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::InventoryQuery</name>
    <message>
        <source>stock query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stock query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO&apos;s stock query answer holds no stock item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::LicenceProbe</name>
    <message>
        <source>checking the licence of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::LicenceReport</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (SYSPRO could not be reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (card receipts use the fallback chosen in Settings: an AR-receipts export file or a GL journal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::ReceiptExportFile</name>
    <message>
        <source>ARSTPY is not licensed and receipts are set to go to an export file, but no export folder is set. Choose one in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AR-receipts export folder %1 cannot be created. Check the path and its permissions in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 could not be written to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SalesOrderImport</name>
    <message>
        <source>%1 (order header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (order line %2, stock code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (order line %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO company %1 rejected sales order %2: %3. Correct the order (or the mapping) and replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sales orders to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sales order for customer %1 has no customer PO number. The bridge uses it to find the order in SYSPRO; set it in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order %1 appears twice in one SYSPRO call; send the second one in a later call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales order %1, header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order %1 has %2 ship-to address lines; SYSPRO takes at most 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales order %1 has line number %2 missing, out of range or repeated; SYSPRO needs unique line numbers from 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales order %1, order line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SalesOrderQuery</name>
    <message>
        <source>sales order query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sales order query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO&apos;s sales order query answer holds no sales order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SysproClient</name>
    <message>
        <source>(not logged on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up %1 in SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing sales order %1 (SORTOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>importing %n sales orders (SORTOI)</source>
        <translation>
            <numerusform>importing %n sales order (SORTOI)</numerusform>
            <numerusform>importing %n sales orders (SORTOI)</numerusform>
        </translation>
    </message>
    <message>
        <source>SYSPRO did not report this order and it is not in SorMaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>querying stock code %1 (INVQRY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>querying sales order %1 (SORQRY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>querying customer %1 (ARSQRY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding customer %1 (ARSSCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating customer %1 (ARSSCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting receipt %1 for customer %2 (ARSTPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 for customer %2 was not posted: ARSTPY (AR payments) is not licensed for operator %3 in SYSPRO company %4, and no fallback is chosen. Licence ARSTPY in SYSPRO, or choose an export file or GL journal fallback in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARSTPY is not licensed and receipts are set to go to a GL journal, but the bank or AR control ledger code is not set. Set both in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card receipt %1 from customer %2 (ARSTPY not licensed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting GL journal %1 (GENTJL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating credit note %1 for customer %2 (SORTCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>adding %n line(s) to credit note %1 (SORTCL)</source>
        <translation>
            <numerusform>adding %n line to credit note %1 (SORTCL)</numerusform>
            <numerusform>adding %n lines to credit note %1 (SORTCL)</numerusform>
        </translation>
    </message>
    <message>
        <source>posting AR document %1 for customer %2 (ARSTIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARSTPY (AR payments) is not licensed; receipts go one by one to the fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>posting %n receipt(s) (ARSTPY)</source>
        <translation>
            <numerusform>posting %n receipt (ARSTPY)</numerusform>
            <numerusform>posting %n receipts (ARSTPY)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SysproErrors</name>
    <message>
        <source>The SYSPRO session ended (another logon with the same operator, or it expired) while %1. The bridge logs on again and repeats the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO refused business object %1 while %2: it is not available or not licensed for this operator in company %3 (SYSPRO said: %4). Apportion an e.net licence for its functional area to the operator in SYSPRO, or choose a fallback in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO refused the logon to company %1: %2. Check the operator, company and passwords in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO could not find what was asked for while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO reported an error while %1: %2. Check the SYSPRO e.net diagnostics for the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO rejected %1: %2. Correct the data and post it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::SysproSession</name>
    <message>
        <source>The SYSPRO connection is closing, so %1 was not sent. It will be sent after the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging on to SYSPRO company %1 as operator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO answered the logon to company %1 with an empty session id. Check that the address in Settings &gt; SYSPRO points at the e.net REST service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSPRO did not confirm %1 (%2). It may or may not have been posted; check for the document before posting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging off from SYSPRO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::XmlElement</name>
    <message>
        <source>SYSPRO sent an answer that is not well-formed XML (%1). Check that the address in Settings points at the SYSPRO e.net REST service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::syspro::XmlInWriter</name>
    <message>
        <source>%1 &quot;%2&quot; is %3 characters long, but SYSPRO accepts at most %4 (%5). Shorten it in the mapping, or allow truncation of %1 in Settings &gt; SYSPRO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is chosen in %1 (key database/url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live demo did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live demo has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
