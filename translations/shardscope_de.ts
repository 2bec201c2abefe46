<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackendError</name>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>The table already exists or is busy.</source>
        <translation>Die Tabelle existiert bereits oder ist belegt.</translation>
    </message>
    <message>
        <source>The table does not exist.</source>
        <translation>Die Tabelle existiert nicht.</translation>
    </message>
    <message>
        <source>A limit was exceeded.</source>
        <translation>Ein Limit wurde überschritten.</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>Die Anfrage konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backend does not support this operation.</source>
        <translation>Das Backend unterstützt diese Operation nicht.</translation>
    </message>
    <message>
        <source>The condition was not met.</source>
        <translation>Die Bedingung ist nicht erfüllt.</translation>
    </message>
    <message>
        <source>The request was throttled.</source>
        <translation>Die Anfrage wurde gedrosselt.</translation>
    </message>
    <message>
        <source>The backend failed to process the request.</source>
        <translation>Das Backend konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>TableDescription</name>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned (%1 RCU, %2 WCU)</source>
        <translation>Bereitgestellt (%1 RCU, %2 WCU)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Wird archiviert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>Nicht zugänglich</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::LocalBackend</name>
    <message>
        <source>Embedded engine</source>
        <translation>Eingebettete Engine</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::MainWindow</name>
    <message>
        <source>Shardscope</source>
        <translation>Shardscope</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>&amp;New Table…</source>
        <translation>&amp;Neue Tabelle …</translation>
    </message>
    <message>
        <source>Create a table with a partition key and an optional sort key</source>
        <translation>Eine Tabelle mit Partitionsschlüssel und optionalem Sortierschlüssel anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete Table…</source>
        <translation>Tabelle &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected table and all its items</source>
        <translation>Die ausgewählte Tabelle mit allen Elementen löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the table list and every table&apos;s description</source>
        <translation>Tabellenliste und alle Tabellenbeschreibungen neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;About Shardscope</source>
        <translation>&amp;Über Shardscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Point the AWS CLI or an AWS SDK at this address (--endpoint-url) to use the embedded engine.</source>
        <translation>Richten Sie die AWS CLI oder ein AWS SDK auf diese Adresse (--endpoint-url), um die eingebettete Engine zu nutzen.</translation>
    </message>
    <message>
        <source>Created table “%1”.</source>
        <translation>Tabelle „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Delete Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <source>Delete the table “%1” and all its items?</source>
        <translation>Die Tabelle „%1“ mit allen Elementen löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted table “%1”.</source>
        <translation>Tabelle „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The table “%1” could not be deleted.</source>
        <translation>Die Tabelle „%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Refreshing tables…</source>
        <translation>Tabellen werden aktualisiert …</translation>
    </message>
    <message>
        <source>About Shardscope</source>
        <translation>Über Shardscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shardscope %1&lt;/h3&gt;&lt;p&gt;A workbench for DynamoDB single-table design, with a bundled DynamoDB-compatible engine you can watch at work.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shardscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für DynamoDB-Single-Table-Design, mit einer mitgelieferten DynamoDB-kompatiblen Engine, der Sie bei der Arbeit zusehen können.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect when Shardscope is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Shardscope.</translation>
    </message>
    <message>
        <source>%1 — Shardscope</source>
        <translation>%1 — Shardscope</translation>
    </message>
    <message>
        <source>%1 · working…</source>
        <translation>%1 · arbeitet …</translation>
    </message>
    <message>
        <source>%1 · ready</source>
        <translation>%1 · bereit</translation>
    </message>
    <message>
        <source>Requests running: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
    <message>
        <source>New Table</source>
        <translation>Neue Tabelle</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::NewTableDialog</name>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Create Table</source>
        <translation>Tabelle anlegen</translation>
    </message>
    <message>
        <source>New Table</source>
        <translation>Neue Tabelle</translation>
    </message>
    <message>
        <source>e.g. Orders</source>
        <translation>z. B. Orders</translation>
    </message>
    <message>
        <source>e.g. PK</source>
        <translation>z. B. PK</translation>
    </message>
    <message>
        <source>Optional, e.g. SK</source>
        <translation>Optional, z. B. SK</translation>
    </message>
    <message>
        <source> RCU</source>
        <translation> RCU</translation>
    </message>
    <message>
        <source> WCU</source>
        <translation> WCU</translation>
    </message>
    <message>
        <source>&amp;Table name:</source>
        <translation>&amp;Tabellenname:</translation>
    </message>
    <message>
        <source>&amp;Partition key:</source>
        <translation>&amp;Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Sort key:</source>
        <translation>&amp;Sortierschlüssel:</translation>
    </message>
    <message>
        <source>Billing mode:</source>
        <translation>Abrechnungsmodus:</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::TableDetailsPane</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation>Attributdefinitionen</translation>
    </message>
    <message>
        <source>Secondary indexes</source>
        <translation>Sekundärindizes</translation>
    </message>
    <message>
        <source>Capacity and size</source>
        <translation>Kapazität und Größe</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>Abrechnungsmodus</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Anzahl Elemente</translation>
    </message>
    <message>
        <source>Table size</source>
        <translation>Tabellengröße</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>DescribeTable response</source>
        <translation>DescribeTable-Antwort</translation>
    </message>
    <message>
        <source>No table selected</source>
        <translation>Keine Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>Select a table to see its keys, capacity and full description.</source>
        <translation>Wählen Sie eine Tabelle, um ihre Schlüssel, Kapazität und vollständige Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>Tables you create appear on the left.</source>
        <translation>Angelegte Tabellen erscheinen links.</translation>
    </message>
    <message>
        <source>Loading the table description…</source>
        <translation>Tabellenbeschreibung wird geladen …</translation>
    </message>
    <message>
        <source>Global: %1</source>
        <translation>Global: %1</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>Lokal: %1</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::TableListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Key schema</source>
        <translation>Schlüsselschema</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::TableListPane</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>No matching tables</source>
        <translation>Keine passenden Tabellen</translation>
    </message>
    <message>
        <source>No table name contains “%1”.</source>
        <translation>Kein Tabellenname enthält „%1“.</translation>
    </message>
    <message>
        <source>Loading tables…</source>
        <translation>Tabellen werden geladen …</translation>
    </message>
    <message>
        <source>No tables yet</source>
        <translation>Noch keine Tabellen</translation>
    </message>
    <message>
        <source>Create a table here, or point an AWS SDK or the AWS CLI at the endpoint shown in the status bar.</source>
        <translation>Legen Sie hier eine Tabelle an, oder richten Sie ein AWS SDK oder die AWS CLI auf den Endpunkt in der Statusleiste.</translation>
    </message>
</context>
</TS>
