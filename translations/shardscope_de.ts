<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <source>shardscope: %1
Try &apos;shardscope --help&apos; for more information.
</source>
        <translation>shardscope: %1
„shardscope --help“ zeigt weitere Informationen.
</translation>
    </message>
    <message>
        <source>shardscope: the command line mixes --serve/--help/--version into a GUI start.
</source>
        <translation>shardscope: Die Befehlszeile mischt --serve/--help/--version in einen Start mit Fenster.
</translation>
    </message>
    <message>
        <source>shardscope: cannot open the database %1: %2
</source>
        <translation>shardscope: Die Datenbank %1 lässt sich nicht öffnen: %2
</translation>
    </message>
    <message>
        <source>shardscope: %1
</source>
        <translation>shardscope: %1
</translation>
    </message>
    <message>
        <source>shardscope: warning: serving on %1, which other machines can reach%2.
</source>
        <translation>shardscope: Warnung: Der Dienst läuft auf %1 und ist von anderen Rechnern erreichbar%2.
</translation>
    </message>
    <message>
        <source> without authentication (add --require-auth)</source>
        <translation> ohne Authentifizierung (--require-auth ergänzen)</translation>
    </message>
    <message>
        <source>Shardscope</source>
        <translation>Shardscope</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation>Die Datenbank %1 lässt sich nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>Port %1 is not available; the DynamoDB endpoint listens on port %2 instead.</source>
        <translation>Port %1 ist nicht frei; der DynamoDB-Endpunkt lauscht stattdessen auf Port %2.</translation>
    </message>
    <message>
        <source>The DynamoDB endpoint could not start: %1</source>
        <translation>Der DynamoDB-Endpunkt konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Warning: the DynamoDB endpoint on %1 is reachable from other machines%2. %3</source>
        <translation>Warnung: Der DynamoDB-Endpunkt auf %1 ist von anderen Rechnern erreichbar%2. %3</translation>
    </message>
    <message>
        <source> without authentication</source>
        <translation> ohne Authentifizierung</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(im Arbeitsspeicher)</translation>
    </message>
</context>
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
    <message>
        <source>The service does not accept these credentials.</source>
        <translation>Der Dienst akzeptiert diese Zugangsdaten nicht.</translation>
    </message>
    <message>
        <source>The request signature was refused: check the secret access key and the clock.</source>
        <translation>Die Signatur der Anfrage wurde abgelehnt: Prüfen Sie den geheimen Zugriffsschlüssel und die Uhrzeit.</translation>
    </message>
    <message>
        <source>These credentials may not do this.</source>
        <translation>Diese Zugangsdaten dürfen das nicht.</translation>
    </message>
    <message>
        <source>The service cannot be reached.</source>
        <translation>Der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The address did not answer like a DynamoDB service.</source>
        <translation>Die Adresse hat nicht wie ein DynamoDB-Dienst geantwortet.</translation>
    </message>
    <message>
        <source>The connection was changed.</source>
        <translation>Die Verbindung wurde gewechselt.</translation>
    </message>
</context>
<context>
    <name>BackendSwitch</name>
    <message>
        <source>The workbench switched to another connection.</source>
        <translation>Die Workbench hat zu einer anderen Verbindung gewechselt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run headless: serve the DynamoDB endpoint without a window until interrupted.</source>
        <translation>Ohne Fenster laufen: den DynamoDB-Endpunkt bereitstellen, bis er unterbrochen wird.</translation>
    </message>
    <message>
        <source>Endpoint port (0 picks a free one). Default: %1 with --serve, the saved setting otherwise.</source>
        <translation>Port des Endpunkts (0 wählt einen freien). Standard: %1 mit --serve, sonst die gespeicherte Einstellung.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Open the database &lt;file&gt; instead of the default workspace.</source>
        <translation>Die Datenbank &lt;Datei&gt; statt des Standard-Arbeitsbereichs öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use a throw-away in-memory database.</source>
        <translation>Eine Wegwerf-Datenbank im Arbeitsspeicher verwenden.</translation>
    </message>
    <message>
        <source>Endpoint address (default 127.0.0.1). Addresses other than loopback need --allow-remote.</source>
        <translation>Adresse des Endpunkts (Standard 127.0.0.1). Andere Adressen als Loopback brauchen --allow-remote.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Seconds between two sweeps that delete expired TTL items (0: no background sweeps).</source>
        <translation>Sekunden zwischen zwei Durchläufen, die abgelaufene TTL-Elemente löschen (0: keine Durchläufe im Hintergrund).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Allow --host to be an address other machines can reach (use with --require-auth).</source>
        <translation>Erlaubt für --host eine Adresse, die andere Rechner erreichen (zusammen mit --require-auth verwenden).</translation>
    </message>
    <message>
        <source>Accept only requests signed (AWS SigV4) with a key from --credentials.</source>
        <translation>Nur Anfragen annehmen, die (AWS SigV4) mit einem Schlüssel aus --credentials signiert sind.</translation>
    </message>
    <message>
        <source>AWS CLI credentials &lt;file&gt; whose profiles&apos; keys --require-auth accepts.</source>
        <translation>AWS-CLI-Zugangsdaten-&lt;Datei&gt;, deren Profilschlüssel --require-auth annimmt.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain) &lt;file&gt;.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat (samt Kette) aus &lt;Datei&gt; anbieten.</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key &lt;file&gt; of --tls-cert.</source>
        <translation>Die unverschlüsselte PEM-Schlüsseldatei &lt;Datei&gt; zu --tls-cert.</translation>
    </message>
    <message>
        <source>Never throttle: ignore the tables&apos; provisioned capacity.</source>
        <translation>Nie drosseln: die bereitgestellte Kapazität der Tabellen ignorieren.</translation>
    </message>
    <message>
        <source>Keep no partition statistics, metric series or hot keys.</source>
        <translation>Keine Partitionsstatistik, Metrikreihen oder Hot Keys führen.</translation>
    </message>
    <message>
        <source>DynamoDB single-table design workbench with a bundled DynamoDB-compatible engine.</source>
        <translation>Workbench für DynamoDB-Single-Table-Design mit eingebauter DynamoDB-kompatibler Engine.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port braucht eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>--db and --in-memory cannot be used together.</source>
        <translation>--db und --in-memory lassen sich nicht zusammen verwenden.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--host needs an IP address, not &quot;%1&quot;.</source>
        <translation>--host braucht eine IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--host %1 is not a loopback address: other machines could reach the endpoint. Add --allow-remote (and --require-auth) to serve it there.</source>
        <translation>--host %1 ist keine Loopback-Adresse: Andere Rechner könnten den Endpunkt erreichen. Ergänzen Sie --allow-remote (und --require-auth), um ihn dort bereitzustellen.</translation>
    </message>
    <message>
        <source>--require-auth needs --credentials FILE (AWS CLI credentials format).</source>
        <translation>--require-auth braucht --credentials DATEI (im Format der AWS-CLI-Zugangsdaten).</translation>
    </message>
    <message>
        <source>--credentials is only used with --require-auth.</source>
        <translation>--credentials wird nur mit --require-auth verwendet.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>--ttl-sweep-interval needs a number of seconds (0 or more), not &quot;%1&quot;.</source>
        <translation>--ttl-sweep-interval braucht eine Anzahl Sekunden (0 oder mehr), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ItemEditorRequests</name>
    <message>
        <source>Only %1 of %2 attributes can be checked for concurrent changes; add a numeric “version” attribute to check the whole item.</source>
        <translation>Nur %1 von %2 Attributen lassen sich auf gleichzeitige Änderungen prüfen; ergänzen Sie ein numerisches Attribut „version“, um das ganze Element zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ItemsImportDialog</name>
    <message>
        <source>String (S)</source>
        <translation>Zeichenkette (S)</translation>
    </message>
    <message>
        <source>Number (N)</source>
        <translation>Zahl (N)</translation>
    </message>
    <message>
        <source>Binary, base64 (B)</source>
        <translation>Binär, Base64 (B)</translation>
    </message>
</context>
<context>
    <name>ItemsSource</name>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>GSI: %1</source>
        <translation>GSI: %1</translation>
    </message>
    <message>
        <source>LSI: %1</source>
        <translation>LSI: %1</translation>
    </message>
</context>
<context>
    <name>KeychainAccess</name>
    <message>
        <source>This build of Shardscope has no keychain support.</source>
        <translation>Dieser Build von Shardscope unterstützt keinen Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>QueryHistoryModel</name>
    <message>
        <source>%1 (1 action)</source>
        <translation>%1 (1 Aktion)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n actions)</source>
        <translation>
            <numerusform>%1 (%n Aktion)</numerusform>
            <numerusform>%1 (%n Aktionen)</numerusform>
        </translation>
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
    <message>
        <source>Global secondary index</source>
        <translation>Globaler sekundärer Index</translation>
    </message>
    <message>
        <source>Local secondary index</source>
        <translation>Lokaler sekundärer Index</translation>
    </message>
</context>
<context>
    <name>TableDesignerEstimate</name>
    <message>
        <source>Needed RCU</source>
        <translation>Benötigte RCU</translation>
    </message>
    <message>
        <source>Needed WCU</source>
        <translation>Benötigte WCU</translation>
    </message>
    <message>
        <source>Billed RCU</source>
        <translation>Berechnete RCU</translation>
    </message>
    <message>
        <source>Billed WCU</source>
        <translation>Berechnete WCU</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>The read capacity of %1 is below the workload&apos;s need: reads would be throttled.</source>
        <translation>Die Lesekapazität von %1 liegt unter dem Bedarf der Last: Lesezugriffe würden gedrosselt.</translation>
    </message>
    <message>
        <source>The write capacity of %1 is below the workload&apos;s need: writes would be throttled.</source>
        <translation>Die Schreibkapazität von %1 liegt unter dem Bedarf der Last: Schreibzugriffe würden gedrosselt.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>With auto scaling: between %1 and %2 per month.</source>
        <translation>Mit Auto Scaling: zwischen %1 und %2 pro Monat.</translation>
    </message>
    <message>
        <source>List prices for %1 in effect since %2 (checked %3); free tier, reserved capacity and data transfer not included.</source>
        <translation>Listenpreise für %1, gültig seit %2 (geprüft %3); ohne kostenloses Kontingent, reservierte Kapazität und Datenübertragung.</translation>
    </message>
</context>
<context>
    <name>TableDesignerIndexModel</name>
    <message>
        <source>All attributes</source>
        <translation>Alle Attribute</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Nur Schlüssel</translation>
    </message>
    <message>
        <source>Listed attributes</source>
        <translation>Aufgeführte Attribute</translation>
    </message>
</context>
<context>
    <name>shardscope::ui</name>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>„%1“ ist keine Zahl (%2).</translation>
    </message>
    <message>
        <source>“%1” is not base64; binary values are compared as base64.</source>
        <translation>„%1“ ist kein Base64; Binärwerte werden als Base64 verglichen.</translation>
    </message>
    <message>
        <source>“%1” is not a boolean; type true or false.</source>
        <translation>„%1“ ist kein Wahrheitswert; geben Sie true oder false ein.</translation>
    </message>
    <message>
        <source>The key “%1” is a number, and “%2” is not one (%3).</source>
        <translation>Der Schlüssel „%1“ ist eine Zahl, „%2“ ist keine (%3).</translation>
    </message>
    <message>
        <source>The key “%1” is binary; type its value as base64.</source>
        <translation>Der Schlüssel „%1“ ist binär; geben Sie seinen Wert als Base64 ein.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::AboutDialog</name>
    <message>
        <source>About Shardscope</source>
        <translation>Über Shardscope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;A workbench for DynamoDB single-table design, with a bundled DynamoDB-compatible engine you can watch at work. Design tables, browse and edit items, build queries and generate their code; point the AWS CLI or an SDK at the local endpoint.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), SQLite %4 and nlohmann/json %5.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Eine Workbench für DynamoDB-Single-Table-Design mit eingebauter DynamoDB-kompatibler Engine, der Sie bei der Arbeit zusehen können. Entwerfen Sie Tabellen, durchsuchen und bearbeiten Sie Elemente, bauen Sie Abfragen und erzeugen Sie ihren Code; richten Sie die AWS CLI oder ein SDK auf den lokalen Endpunkt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft auf Qt %3), SQLite %4 und nlohmann/json %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Shardscope %1</source>
        <translation>Shardscope %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;The Qt Company Ltd and other contributors. Used under the GNU Lesser General Public License version 3 (LGPL-3.0), linked dynamically; you may replace the Qt libraries with your own build. See &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt; and &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;the LGPL-3.0 text&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;SQLite %2&lt;/h3&gt;&lt;p&gt;The SQLite authors dedicated SQLite to the public domain; no licence is needed. See &lt;a href=&quot;https://www.sqlite.org/copyright.html&quot;&gt;sqlite.org/copyright.html&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;nlohmann/json %3&lt;/h3&gt;&lt;p&gt;Used under the MIT licence:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt %1&lt;/h3&gt;&lt;p&gt;The Qt Company Ltd und weitere Mitwirkende. Verwendet unter der GNU Lesser General Public License Version 3 (LGPL-3.0), dynamisch gebunden; Sie dürfen die Qt-Bibliotheken durch einen eigenen Build ersetzen. Siehe &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt; und &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;den Text der LGPL-3.0&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;SQLite %2&lt;/h3&gt;&lt;p&gt;Die Autoren von SQLite haben SQLite der Gemeinfreiheit (Public Domain) übergeben; eine Lizenz ist nicht nötig. Siehe &lt;a href=&quot;https://www.sqlite.org/copyright.html&quot;&gt;sqlite.org/copyright.html&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;nlohmann/json %3&lt;/h3&gt;&lt;p&gt;Verwendet unter der MIT-Lizenz:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::BinaryValueEdit</name>
    <message>
        <source>base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>1 byte: %1</source>
        <translation>1 Byte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes: %1</source>
        <translation>
            <numerusform>%n Byte: %1</numerusform>
            <numerusform>%n Bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>Binary values are typed as base64, padding included.</source>
        <translation>Binärwerte werden als Base64 eingegeben, einschließlich Auffüllung.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ConnectionController</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Use &amp;Embedded Engine</source>
        <translation>&amp;Eingebaute Engine verwenden</translation>
    </message>
    <message>
        <source>Connect to AWS DynamoDB, ScyllaDB Alternator, DynamoDB Local or another DynamoDB-compatible service</source>
        <translation>Mit AWS DynamoDB, ScyllaDB Alternator, DynamoDB Local oder einem anderen DynamoDB-kompatiblen Dienst verbinden</translation>
    </message>
    <message>
        <source>Work on the embedded engine again</source>
        <translation>Wieder mit der eingebauten Engine arbeiten</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Back on the embedded engine.</source>
        <translation>Wieder auf der eingebauten Engine.</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Secret access key for %1:</source>
        <translation>Geheimer Zugriffsschlüssel für %1:</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ConnectionDialog</name>
    <message>
        <source>Store the secret in plain text in the settings</source>
        <translation>Das Geheimnis im Klartext in den Einstellungen speichern</translation>
    </message>
    <message>
        <source>Accept any TLS certificate (self-signed test servers only)</source>
        <translation>Jedes TLS-Zertifikat annehmen (nur für selbstsignierte Testserver)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>AWS DynamoDB</source>
        <translation>AWS DynamoDB</translation>
    </message>
    <message>
        <source>ScyllaDB Alternator</source>
        <translation>ScyllaDB Alternator</translation>
    </message>
    <message>
        <source>DynamoDB Local</source>
        <translation>DynamoDB Local</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS CLI profile</source>
        <translation>AWS-CLI-Profil</translation>
    </message>
    <message>
        <source>None (placeholder keys for local services)</source>
        <translation>Keine (Platzhalterschlüssel für lokale Dienste)</translation>
    </message>
    <message>
        <source>only for temporary credentials</source>
        <translation>nur für temporäre Zugangsdaten</translation>
    </message>
    <message>
        <source>Without this, the secret goes to the system keychain (or, when none answers, is kept only until Shardscope quits). With it, anyone who can read your settings file can read the secret.</source>
        <translation>Ohne diese Option kommt das Geheimnis in den Schlüsselbund des Systems (oder, wenn keiner antwortet, wird es nur bis zum Beenden von Shardscope behalten). Mit ihr kann jeder, der Ihre Einstellungsdatei lesen kann, das Geheimnis lesen.</translation>
    </message>
    <message>
        <source>Without this, the secret is kept only until Shardscope quits. With it, anyone who can read your settings file can read the secret.</source>
        <translation>Ohne diese Option wird das Geheimnis nur bis zum Beenden von Shardscope behalten. Mit ihr kann jeder, der Ihre Einstellungsdatei lesen kann, das Geheimnis lesen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>C&amp;redentials:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS-&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Secret access &amp;key:</source>
        <translation>Geheimer Zugriffs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>Sitzungs-&amp;Token:</translation>
    </message>
    <message>
        <source>Max &amp;attempts:</source>
        <translation>Max. &amp;Versuche:</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; storing the secret in the system keychain…</source>
        <translation>Gespeichert; das Geheimnis wird im Schlüsselbund des Systems abgelegt …</translation>
    </message>
    <message>
        <source>Saved; the secret is in the system keychain.</source>
        <translation>Gespeichert; das Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved. No keychain took the secret (%1); it is kept until Shardscope quits.</source>
        <translation>Gespeichert. Kein Schlüsselbund hat das Geheimnis angenommen (%1); es wird bis zum Beenden von Shardscope behalten.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>Connected: the service answered ListTables.</source>
        <translation>Verbunden: Der Dienst hat auf ListTables geantwortet.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ConnectionProfile</name>
    <message>
        <source>AWS %1</source>
        <translation>AWS %1</translation>
    </message>
    <message>
        <source>Alternator %1</source>
        <translation>Alternator %1</translation>
    </message>
    <message>
        <source>DynamoDB Local %1</source>
        <translation>DynamoDB Local %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Enter an access key ID and a secret access key.</source>
        <translation>Geben Sie eine Zugriffsschlüssel-ID und einen geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>AWS DynamoDB needs real credentials: access keys or an AWS profile.</source>
        <translation>AWS DynamoDB braucht echte Zugangsdaten: Zugriffsschlüssel oder ein AWS-Profil.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::HotKeysModel</name>
    <message>
        <source>%1
%2 %3 in the window (at least %4)</source>
        <translation>%1
%2 %3 im Zeitfenster (mindestens %4)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemEditorDialog</name>
    <message>
        <source>Add Attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit Item — %1</source>
        <translation>Element bearbeiten — %1</translation>
    </message>
    <message>
        <source>New Item — %1</source>
        <translation>Neues Element — %1</translation>
    </message>
    <message>
        <source>Add an entry, element or member to the selected map, list or set</source>
        <translation>Einen Eintrag, ein Element oder ein Mitglied zur ausgewählten Map, Liste oder Menge hinzufügen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>DynamoDB JSON</source>
        <translation>DynamoDB-JSON</translation>
    </message>
    <message>
        <source>Let the engine check the item without writing it</source>
        <translation>Die Engine das Element prüfen lassen, ohne es zu schreiben</translation>
    </message>
    <message>
        <source>Read the item again, discarding your edits</source>
        <translation>Das Element erneut lesen und Ihre Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Fix the JSON first: %1</source>
        <translation>Korrigieren Sie zuerst das JSON: %1</translation>
    </message>
    <message>
        <source>The item cannot be saved yet:
%1</source>
        <translation>Das Element kann noch nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>The key of an existing item cannot change; create a new item for the new key.</source>
        <translation>Der Schlüssel eines bestehenden Elements kann sich nicht ändern; legen Sie für den neuen Schlüssel ein neues Element an.</translation>
    </message>
    <message>
        <source>Reading the item…</source>
        <translation>Das Element wird gelesen …</translation>
    </message>
    <message>
        <source>The item no longer exists; saving creates it again.</source>
        <translation>Das Element existiert nicht mehr; Speichern legt es wieder an.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>An item with this key already exists.</source>
        <translation>Ein Element mit diesem Schlüssel existiert bereits.</translation>
    </message>
    <message>
        <source>The item changed since you opened it.</source>
        <translation>Das Element hat sich geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Overwrite it with this item, or go back and change the key?</source>
        <translation>Mit diesem Element überschreiben oder zurückgehen und den Schlüssel ändern?</translation>
    </message>
    <message>
        <source>Someone else wrote or deleted it. Reload it (your edits are lost), or overwrite it with your version (their change is lost)?</source>
        <translation>Jemand anderes hat es geschrieben oder gelöscht. Neu laden (Ihre Änderungen gehen verloren) oder mit Ihrer Fassung überschreiben (die andere Änderung geht verloren)?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Asking the engine…</source>
        <translation>Die Engine wird gefragt …</translation>
    </message>
    <message>
        <source>The engine accepts this item.</source>
        <translation>Die Engine akzeptiert dieses Element.</translation>
    </message>
    <message>
        <source>The engine wrote the item during a dry run.</source>
        <translation>Die Engine hat das Element bei einem Probelauf geschrieben.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemEditorModel</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n elements</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Key attribute: an existing item&apos;s key cannot change</source>
        <translation>Schlüsselattribut: Der Schlüssel eines bestehenden Elements kann sich nicht ändern</translation>
    </message>
    <message>
        <source>Key attribute</source>
        <translation>Schlüsselattribut</translation>
    </message>
    <message>
        <source>newAttribute</source>
        <translation>neuesAttribut</translation>
    </message>
    <message>
        <source>newAttribute%1</source>
        <translation>neuesAttribut%1</translation>
    </message>
    <message>
        <source>An item is a JSON object of attributes.</source>
        <translation>Ein Element ist ein JSON-Objekt aus Attributen.</translation>
    </message>
    <message>
        <source>%1: not an attribute value such as {&quot;S&quot;: &quot;text&quot;}.</source>
        <translation>%1: kein Attributwert wie {&quot;S&quot;: &quot;text&quot;}.</translation>
    </message>
    <message>
        <source>%1: a %2 value is written as a JSON string.</source>
        <translation>%1: Ein %2-Wert wird als JSON-Zeichenkette geschrieben.</translation>
    </message>
    <message>
        <source>%1: BOOL takes true or false.</source>
        <translation>%1: BOOL nimmt true oder false.</translation>
    </message>
    <message>
        <source>%1: NULL is written as {&quot;NULL&quot;: true}.</source>
        <translation>%1: NULL wird als {&quot;NULL&quot;: true} geschrieben.</translation>
    </message>
    <message>
        <source>%1: M takes a JSON object.</source>
        <translation>%1: M nimmt ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: L takes a JSON array.</source>
        <translation>%1: L nimmt ein JSON-Array.</translation>
    </message>
    <message>
        <source>%1: %2 takes a JSON array of strings.</source>
        <translation>%1: %2 nimmt ein JSON-Array aus Zeichenketten.</translation>
    </message>
    <message>
        <source>%1: %2 members are JSON strings.</source>
        <translation>%1: Mitglieder von %2 sind JSON-Zeichenketten.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>“%1” appears more than once.</source>
        <translation>„%1“ kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>The key attribute “%1” needs a value.</source>
        <translation>Das Schlüsselattribut „%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>The key attribute “%1” is of type %2.</source>
        <translation>Das Schlüsselattribut „%1“ hat den Typ %2.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Keine Zahl.</translation>
    </message>
    <message>
        <source>Not base64 (binary values are typed as base64).</source>
        <translation>Kein Base64 (Binärwerte werden als Base64 eingegeben).</translation>
    </message>
    <message>
        <source>A set cannot be empty; remove it or add a member.</source>
        <translation>Eine Menge kann nicht leer sein; entfernen Sie sie oder fügen Sie ein Mitglied hinzu.</translation>
    </message>
    <message>
        <source>The set holds “%1” more than once.</source>
        <translation>Die Menge enthält „%1“ mehr als einmal.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsBatchWriter</name>
    <message>
        <source>The backend left 1 item unprocessed after %1 attempts; it is probably throttling.</source>
        <translation>Das Backend hat nach %1 Versuchen 1 Element unverarbeitet gelassen; vermutlich drosselt es.</translation>
    </message>
    <message numerus="yes">
        <source>The backend left %n items unprocessed after %1 attempts; it is probably throttling.</source>
        <translation>
            <numerusform>Das Backend hat nach %1 Versuchen %n Element unverarbeitet gelassen; vermutlich drosselt es.</numerusform>
            <numerusform>Das Backend hat nach %1 Versuchen %n Elemente unverarbeitet gelassen; vermutlich drosselt es.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsExportJob</name>
    <message>
        <source>Export cancelled; “%1” was not written.</source>
        <translation>Export abgebrochen; „%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported 1 item to “%1”.</source>
        <translation>1 Element nach „%1“ exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n items to “%1”.</source>
        <translation>
            <numerusform>%n Element nach „%1“ exportiert.</numerusform>
            <numerusform>%n Elemente nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsExportWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Eine temporäre Datei lässt sich nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsFilter</name>
    <message>
        <source>The filter is empty.</source>
        <translation>Der Filter ist leer.</translation>
    </message>
    <message>
        <source>Type a value after “%1”.</source>
        <translation>Geben Sie nach „%1“ einen Wert ein.</translation>
    </message>
    <message>
        <source>text: equals · &lt;&gt;text: not equal · &lt;n, &lt;=n, &gt;n, &gt;=n: compare · a..b: between · ^text: begins with · ~text: contains · *: exists · !*: does not exist · &quot;text&quot;: literally this string</source>
        <translation>text: gleich · &lt;&gt;text: ungleich · &lt;n, &lt;=n, &gt;n, &gt;=n: vergleichen · a..b: zwischen · ^text: beginnt mit · ~text: enthält · *: vorhanden · !*: nicht vorhanden · &quot;text&quot;: genau diese Zeichenkette</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsImportDialog</name>
    <message>
        <source>Store plain numbers in other columns as numbers (N)</source>
        <translation>Reine Zahlen in anderen Spalten als Zahlen (N) speichern</translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>Elemente importieren</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>DynamoDB JSON (one {&quot;Item&quot;: …} per line, or an array)</source>
        <translation>DynamoDB-JSON (ein {&quot;Item&quot;: …} pro Zeile oder ein Array)</translation>
    </message>
    <message>
        <source>Other columns are stored as strings; empty fields are left out of the item.</source>
        <translation>Andere Spalten werden als Zeichenketten gespeichert; leere Felder bleiben aus dem Element heraus.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Partition key “%1”:</source>
        <translation>Partitionsschlüssel „%1“:</translation>
    </message>
    <message>
        <source>Sort key “%1”:</source>
        <translation>Sortierschlüssel „%1“:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsImportJob</name>
    <message>
        <source>Import cancelled; 1 item had been written.</source>
        <translation>Import abgebrochen; 1 Element war bereits geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled; %n items had been written.</source>
        <translation>
            <numerusform>Import abgebrochen; %n Element war bereits geschrieben.</numerusform>
            <numerusform>Import abgebrochen; %n Elemente waren bereits geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 item into “%1”.</source>
        <translation>1 Element nach „%1“ importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n items into “%1”.</source>
        <translation>
            <numerusform>%n Element nach „%1“ importiert.</numerusform>
            <numerusform>%n Elemente nach „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after 1 item: %1</source>
        <translation>Import nach 1 Element angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped after %n items: %1</source>
        <translation>
            <numerusform>Import nach %n Element angehalten: %1</numerusform>
            <numerusform>Import nach %n Elementen angehalten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsImportReader</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>%1 is not an item (a JSON object of attributes).</source>
        <translation>%1 ist kein Element (ein JSON-Objekt aus Attributen).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a DynamoDB-JSON attribute value such as {&quot;S&quot;: &quot;text&quot;}.</source>
        <translation>%1: „%2“ ist kein DynamoDB-JSON-Attributwert wie {&quot;S&quot;: &quot;text&quot;}.</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>„%1“ ist keine Zahl (%2).</translation>
    </message>
    <message>
        <source>“%1” is not base64.</source>
        <translation>„%1“ ist kein Base64.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>“%1” is empty; a CSV import needs a header row.</source>
        <translation>„%1“ ist leer; ein CSV-Import braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line 1: column %1 has no name.</source>
        <translation>Zeile 1: Spalte %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>Zeile 1: Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The CSV has no column “%1”, a key attribute of the table.</source>
        <translation>Die CSV-Datei hat keine Spalte „%1“, ein Schlüsselattribut der Tabelle.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile %3.</translation>
    </message>
    <message>
        <source>Line %1: the key attribute “%2” is empty.</source>
        <translation>Zeile %1: Das Schlüsselattribut „%2“ ist leer.</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>„%1“ lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Element %1 of the array</source>
        <translation>Element %1 des Arrays</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2</source>
        <translation>„%1“ ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON.</source>
        <translation>Zeile %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsModel</name>
    <message>
        <source>Binary, base64: %1
Hex: %2</source>
        <translation>Binär, Base64: %1
Hex: %2</translation>
    </message>
    <message>
        <source>%1 (preview; open the item to see all of it)</source>
        <translation>%1 (Vorschau; öffnen Sie das Element, um alles zu sehen)</translation>
    </message>
    <message>
        <source>%1 (first seen as %2)</source>
        <translation>%1 (zuerst gesehen als %2)</translation>
    </message>
    <message>
        <source>key of the base table</source>
        <translation>Schlüssel der Basistabelle</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsPane</name>
    <message>
        <source>No table selected</source>
        <translation>Keine Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>Select a table to browse, filter, edit, import and export its items.</source>
        <translation>Wählen Sie eine Tabelle, um ihre Elemente zu durchsuchen, zu filtern, zu bearbeiten, zu importieren und zu exportieren.</translation>
    </message>
    <message>
        <source>Items changed since they were read. &lt;a href=&quot;reload&quot;&gt;Reload&lt;/a&gt;</source>
        <translation>Die Elemente haben sich seit dem Lesen geändert. &lt;a href=&quot;reload&quot;&gt;Neu laden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>New Item…</source>
        <translation>Neues Element …</translation>
    </message>
    <message>
        <source>Add an item to the table</source>
        <translation>Der Tabelle ein Element hinzufügen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Open the selected item in the editor</source>
        <translation>Das ausgewählte Element im Editor öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Elemente löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import items from a CSV or DynamoDB-JSON file</source>
        <translation>Elemente aus einer CSV- oder DynamoDB-JSON-Datei importieren</translation>
    </message>
    <message>
        <source>All Items as CSV…</source>
        <translation>Alle Elemente als CSV …</translation>
    </message>
    <message>
        <source>Export every item of this Scan/Query (all pages) to a CSV file</source>
        <translation>Alle Elemente dieses Scans/dieser Query (alle Seiten) in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>All Items as DynamoDB JSON…</source>
        <translation>Alle Elemente als DynamoDB-JSON …</translation>
    </message>
    <message>
        <source>Export every item of this Scan/Query (all pages), one {&quot;Item&quot;: …} per line</source>
        <translation>Alle Elemente dieses Scans/dieser Query (alle Seiten) exportieren, ein {&quot;Item&quot;: …} pro Zeile</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the items again from the first page</source>
        <translation>Die Elemente erneut ab der ersten Seite lesen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Filter on “%1”: %2</source>
        <translation>Filter auf „%1“: %2</translation>
    </message>
    <message>
        <source>1 item read</source>
        <translation>1 Element gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n items read</source>
        <translation>
            <numerusform>%n Element gelesen</numerusform>
            <numerusform>%n Elemente gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen …</translation>
    </message>
    <message>
        <source>more on scrolling</source>
        <translation>mehr beim Blättern</translation>
    </message>
    <message>
        <source>all read</source>
        <translation>alles gelesen</translation>
    </message>
    <message>
        <source>%1 evaluated</source>
        <translation>%1 ausgewertet</translation>
    </message>
    <message>
        <source>Item saved. Reload to see it in the list.</source>
        <translation>Element gespeichert. Laden Sie neu, um es in der Liste zu sehen.</translation>
    </message>
    <message>
        <source>Deletion cancelled after 1 item. Reload to see what is left.</source>
        <translation>Löschen nach 1 Element abgebrochen. Laden Sie neu, um zu sehen, was übrig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Deletion cancelled after %n items. Reload to see what is left.</source>
        <translation>
            <numerusform>Löschen nach %n Element abgebrochen. Laden Sie neu, um zu sehen, was übrig ist.</numerusform>
            <numerusform>Löschen nach %n Elementen abgebrochen. Laden Sie neu, um zu sehen, was übrig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Elemente löschen</translation>
    </message>
    <message>
        <source>Delete 1 item from “%1”?</source>
        <translation>1 Element aus „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items from “%1”?</source>
        <translation>
            <numerusform>%n Element aus „%1“ löschen?</numerusform>
            <numerusform>%n Elemente aus „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting items… %1 of %2</source>
        <translation>Elemente werden gelöscht … %1 von %2</translation>
    </message>
    <message>
        <source>Deleted 1 item.</source>
        <translation>1 Element gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n items.</source>
        <translation>
            <numerusform>%n Element gelöscht.</numerusform>
            <numerusform>%n Elemente gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion stopped after 1 item: %1</source>
        <translation>Löschen nach 1 Element angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deletion stopped after %n items: %1</source>
        <translation>
            <numerusform>Löschen nach %n Element angehalten: %1</numerusform>
            <numerusform>Löschen nach %n Elementen angehalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting 1 item…</source>
        <translation>1 Element wird gelöscht …</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n items…</source>
        <translation>
            <numerusform>%n Element wird gelöscht …</numerusform>
            <numerusform>%n Elemente werden gelöscht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting items… 0 of %1</source>
        <translation>Elemente werden gelöscht … 0 von %1</translation>
    </message>
    <message>
        <source>Export Items</source>
        <translation>Elemente exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>DynamoDB JSON (*.json)</source>
        <translation>DynamoDB-JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting… %1 items written</source>
        <translation>Export läuft … %1 Elemente geschrieben</translation>
    </message>
    <message>
        <source>Exporting every page of this %1…</source>
        <translation>Alle Seiten dieses %1 werden exportiert …</translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>Elemente importieren</translation>
    </message>
    <message>
        <source>CSV or DynamoDB JSON (*.csv *.json *.jsonl)</source>
        <translation>CSV oder DynamoDB-JSON (*.csv *.json *.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing… %1 items written</source>
        <translation>Import läuft … %1 Elemente geschrieben</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert …</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsQuery</name>
    <message>
        <source>No table is selected.</source>
        <translation>Keine Tabelle ausgewählt.</translation>
    </message>
    <message>
        <source>“%1” has no sort key, so there is no sort-key condition to apply.</source>
        <translation>„%1“ hat keinen Sortierschlüssel, also gibt es keine Sortierschlüssel-Bedingung.</translation>
    </message>
    <message>
        <source>Type the sort-key value(s) for the condition on “%1”.</source>
        <translation>Geben Sie den oder die Sortierschlüsselwerte für die Bedingung auf „%1“ ein.</translation>
    </message>
    <message>
        <source>begins_with needs a string or binary sort key; “%1” is a number.</source>
        <translation>begins_with braucht einen Sortierschlüssel aus Zeichenketten oder Binärwerten; „%1“ ist eine Zahl.</translation>
    </message>
    <message>
        <source>A Query reads one partition: the partition key “%1” can only be filtered with an exact value, not “%2”.</source>
        <translation>Eine Query liest eine Partition: Der Partitionsschlüssel „%1“ lässt sich nur mit einem genauen Wert filtern, nicht mit „%2“.</translation>
    </message>
    <message>
        <source>The partition key “%1” holds strings, numbers or binaries; “%2” is none of them.</source>
        <translation>Der Partitionsschlüssel „%1“ enthält Zeichenketten, Zahlen oder Binärwerte; „%2“ ist nichts davon.</translation>
    </message>
    <message>
        <source>The filter “%1” on the partition key “%2” contradicts the partition key value “%3” of the query.</source>
        <translation>Der Filter „%1“ auf den Partitionsschlüssel „%2“ widerspricht dem Partitionsschlüsselwert „%3“ der Query.</translation>
    </message>
    <message>
        <source>In a Query the sort key “%1” can only be filtered with =, &lt;, &lt;=, &gt;, &gt;=, a..b or ^prefix; DynamoDB allows no other conditions on key attributes (“%2”).</source>
        <translation>In einer Query lässt sich der Sortierschlüssel „%1“ nur mit =, &lt;, &lt;=, &gt;, &gt;=, a..b oder ^Präfix filtern; DynamoDB erlaubt keine anderen Bedingungen auf Schlüsselattributen („%2“).</translation>
    </message>
    <message>
        <source>The sort key “%1” already has a condition; a Query allows one. Clear the filter “%2” or the sort-key condition.</source>
        <translation>Der Sortierschlüssel „%1“ hat bereits eine Bedingung; eine Query erlaubt eine. Leeren Sie den Filter „%2“ oder die Sortierschlüssel-Bedingung.</translation>
    </message>
    <message>
        <source>Type the partition key value (“%1”) to run a Query.</source>
        <translation>Geben Sie den Partitionsschlüsselwert („%1“) ein, um eine Query auszuführen.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ItemsQueryBar</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Read the table or one of its secondary indexes</source>
        <translation>Die Tabelle oder einen ihrer sekundären Indizes lesen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>partition key value</source>
        <translation>Partitionsschlüsselwert</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>ScanIndexForward: the order of the sort key</source>
        <translation>ScanIndexForward: die Reihenfolge des Sortierschlüssels</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::JobProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::LivePane</name>
    <message>
        <source>No table selected</source>
        <translation>Keine Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>Select a table to watch its partitions, capacity, hot keys, stream and TTL sweeps live.</source>
        <translation>Wählen Sie eine Tabelle, um ihre Partitionen, Kapazität, Hot Keys, ihren Stream und die TTL-Durchläufe live zu beobachten.</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Stream: %1</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>The table or one of its global secondary indexes; each has its own partitions and capacity.</source>
        <translation>Die Tabelle oder einer ihrer globalen sekundären Indizes; jeder hat eigene Partitionen und eigene Kapazität.</translation>
    </message>
    <message>
        <source>One cell per partition, as wide as its share of the bytes, coloured by its consumed capacity in the last second against its share: blue idle, amber at its share, red beyond. A red outline marks a partition that throttled since the last update.</source>
        <translation>Eine Zelle pro Partition, so breit wie ihr Anteil an den Bytes, gefärbt nach ihrer verbrauchten Kapazität in der letzten Sekunde im Verhältnis zu ihrem Anteil: blau ruhend, bernsteinfarben bei ihrem Anteil, rot darüber. Ein roter Rand markiert eine Partition, die seit der letzten Aktualisierung gedrosselt hat.</translation>
    </message>
    <message>
        <source>Read capacity</source>
        <translation>Lesekapazität</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Write capacity</source>
        <translation>Schreibkapazität</translation>
    </message>
    <message>
        <source>Throttle events</source>
        <translation>Drosselungen</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>Hot keys</source>
        <translation>Hot Keys</translation>
    </message>
    <message>
        <source>Most accessed partition keys</source>
        <translation>Meistgenutzte Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Most throttled partition keys</source>
        <translation>Meistgedrosselte Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Most accessed items (partition + sort key)</source>
        <translation>Meistgenutzte Elemente (Partitions- und Sortierschlüssel)</translation>
    </message>
    <message>
        <source>Most throttled items (partition + sort key)</source>
        <translation>Meistgedrosselte Elemente (Partitions- und Sortierschlüssel)</translation>
    </message>
    <message>
        <source>Contributor-Insights rules over the last minute; counts are capacity units (writes weigh three times reads) or throttled requests.</source>
        <translation>Contributor-Insights-Regeln über die letzte Minute; gezählt werden Kapazitätseinheiten (Schreibzugriffe wiegen dreimal so viel wie Lesezugriffe) oder gedrosselte Anfragen.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>TTL sweeper</source>
        <translation>TTL-Durchlauf</translation>
    </message>
    <message>
        <source>The partition the sweeper is walking, of all partitions of the table.</source>
        <translation>Die Partition, die der Durchlauf gerade abarbeitet, von allen Partitionen der Tabelle.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>Streams are off for this table; enable them in the table designer to see every change here.</source>
        <translation>Streams sind für diese Tabelle ausgeschaltet; schalten Sie sie im Tabellen-Designer ein, um hier jede Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Newest records first (%1).</source>
        <translation>Neueste Datensätze zuerst (%1).</translation>
    </message>
    <message>
        <source>Partitions, capacity, hot keys and TTL progress come from Shardscope&apos;s own engine and are not available on this connection. The stream tail still works where the service offers the Streams API.
(%1)</source>
        <translation>Partitionen, Kapazität, Hot Keys und TTL-Fortschritt stammen aus Shardscopes eigener Engine und sind über diese Verbindung nicht verfügbar. Das Mitlesen des Streams funktioniert weiterhin, wo der Dienst die Streams-API anbietet.
(%1)</translation>
    </message>
    <message>
        <source>Partitions: not available</source>
        <translation>Partitionen: nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Partitions&lt;/b&gt;: %n partition(s), %1 items, %2</source>
        <translation>
            <numerusform>&lt;b&gt;Partitionen&lt;/b&gt;: %n Partition, %1 Elemente, %2</numerusform>
            <numerusform>&lt;b&gt;Partitionen&lt;/b&gt;: %n Partitionen, %1 Elemente, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>On-demand · allowance %1 RCU / %2 WCU per second</source>
        <translation>On-Demand · Kontingent %1 RCU / %2 WCU pro Sekunde</translation>
    </message>
    <message>
        <source>Provisioned %1 RCU / %2 WCU · burst %3 / %4</source>
        <translation>Bereitgestellt %1 RCU / %2 WCU · Burst %3 / %4</translation>
    </message>
    <message>
        <source> · auto scaling</source>
        <translation> · Auto Scaling</translation>
    </message>
    <message>
        <source> · throttled: %1 reads, %2 writes</source>
        <translation> · gedrosselt: %1 Lese-, %2 Schreibzugriffe</translation>
    </message>
    <message>
        <source> · not enforced</source>
        <translation> · nicht durchgesetzt</translation>
    </message>
    <message>
        <source>Throttles</source>
        <translation>Drosselungen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Time to live is off for this table.</source>
        <translation>Time to Live ist für diese Tabelle ausgeschaltet.</translation>
    </message>
    <message>
        <source>Partition %1 of %2</source>
        <translation>Partition %1 von %2</translation>
    </message>
    <message>
        <source>Between sweeps</source>
        <translation>Zwischen zwei Durchläufen</translation>
    </message>
    <message>
        <source>Attribute &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Examined this sweep: %2&lt;br&gt;Deleted: %3&lt;br&gt;Expired, not yet deleted: %4&lt;br&gt;Sweeps completed: %5</source>
        <translation>Attribut &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;In diesem Durchlauf geprüft: %2&lt;br&gt;Gelöscht: %3&lt;br&gt;Abgelaufen, noch nicht gelöscht: %4&lt;br&gt;Abgeschlossene Durchläufe: %5</translation>
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
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Design a new table: keys, indexes, capacity and settings (Ctrl+N)</source>
        <translation>Eine neue Tabelle entwerfen: Schlüssel, Indizes, Kapazität und Einstellungen (Strg+N)</translation>
    </message>
    <message>
        <source>Delete the selected table and all its items, after confirmation</source>
        <translation>Die ausgewählte Tabelle mit allen Elementen löschen, nach Rückfrage</translation>
    </message>
    <message>
        <source>&amp;Edit Table…</source>
        <translation>Tabelle &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected table&apos;s capacity, indexes, stream, TTL and tags</source>
        <translation>Kapazität, Indizes, Stream, TTL und Tags der ausgewählten Tabelle ändern</translation>
    </message>
    <message>
        <source>&amp;Clone Table…</source>
        <translation>Tabelle &amp;klonen …</translation>
    </message>
    <message>
        <source>Create a new table with the selected table&apos;s keys, indexes and settings (not its items)</source>
        <translation>Eine neue Tabelle mit den Schlüsseln, Indizes und Einstellungen der ausgewählten Tabelle anlegen (ohne ihre Elemente)</translation>
    </message>
    <message>
        <source>&amp;Find Table</source>
        <translation>Tabelle &amp;suchen</translation>
    </message>
    <message>
        <source>Filter the table list by name</source>
        <translation>Die Tabellenliste nach Namen filtern</translation>
    </message>
    <message>
        <source>Reload the table list and every table&apos;s description (F5)</source>
        <translation>Die Tabellenliste und die Beschreibung jeder Tabelle neu laden (F5)</translation>
    </message>
    <message>
        <source>Close the window and stop the embedded endpoint</source>
        <translation>Das Fenster schließen und den eingebauten Endpunkt beenden</translation>
    </message>
    <message>
        <source>Show or hide the status bar</source>
        <translation>Die Statusleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>Endpoint port, TTL sweep interval, theme and language</source>
        <translation>Port des Endpunkts, TTL-Intervall, Farbschema und Sprache</translation>
    </message>
    <message>
        <source>Version, credits and licences</source>
        <translation>Version, Danksagungen und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Updated table “%1”.</source>
        <translation>Tabelle „%1“ geändert.</translation>
    </message>
    <message>
        <source>Clone Table “%1”</source>
        <translation>Tabelle „%1“ klonen</translation>
    </message>
    <message>
        <source>Some changes take effect when Shardscope is restarted.</source>
        <translation>Einige Änderungen werden erst nach einem Neustart von Shardscope wirksam.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the workbench</source>
        <translation>Alle Tastenkürzel der Workbench</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::PartitionStrip</name>
    <message>
        <source>No partitions to show</source>
        <translation>Keine Partitionen anzuzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partition %1&lt;/b&gt;&lt;br&gt;Hash range %2 – %3&lt;br&gt;%4 items, %5&lt;br&gt;Last second: %6 RCU, %7 WCU (share %8 / %9)&lt;br&gt;Consumed since start: %10 RCU, %11 WCU&lt;br&gt;Throttled: %12 reads, %13 writes</source>
        <translation>&lt;b&gt;Partition %1&lt;/b&gt;&lt;br&gt;Hash-Bereich %2 – %3&lt;br&gt;%4 Elemente, %5&lt;br&gt;Letzte Sekunde: %6 RCU, %7 WCU (Anteil %8 / %9)&lt;br&gt;Verbraucht seit Start: %10 RCU, %11 WCU&lt;br&gt;Gedrosselt: %12 Lese-, %13 Schreibzugriffe</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The loopback port on which the embedded engine speaks the DynamoDB protocol (--endpoint-url http://127.0.0.1:PORT). If it is taken, a free port is used.</source>
        <translation>Der Loopback-Port, auf dem die eingebaute Engine das DynamoDB-Protokoll spricht (--endpoint-url http://127.0.0.1:PORT). Ist er belegt, wird ein freier Port verwendet.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often the TTL sweeper looks for expired items and deletes them; 0 switches background sweeping off</source>
        <translation>Wie oft der TTL-Durchlauf abgelaufene Elemente sucht und löscht; 0 schaltet die Durchläufe im Hintergrund aus</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light or dark colours; “Follow the system” uses the desktop&apos;s choice</source>
        <translation>Helle oder dunkle Farben; „Dem System folgen“ übernimmt die Wahl des Desktops</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of the workbench; takes effect at the next start</source>
        <translation>Die Sprache der Workbench; wird beim nächsten Start wirksam</translation>
    </message>
    <message>
        <source>Embedded engine</source>
        <translation>Eingebaute Engine</translation>
    </message>
    <message>
        <source>Endpoint &amp;port:</source>
        <translation>&amp;Port des Endpunkts:</translation>
    </message>
    <message>
        <source>&amp;TTL sweep interval:</source>
        <translation>&amp;TTL-Intervall:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The port, the sweep interval and the language take effect when Shardscope is restarted; the theme changes at once.</source>
        <translation>Port, TTL-Intervall und Sprache werden nach einem Neustart von Shardscope wirksam; das Farbschema ändert sich sofort.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::QueryBuilder</name>
    <message>
        <source>The kind of action the form below adds to the transaction</source>
        <translation>Die Art der Aktion, die das Formular unten der Transaktion hinzufügt</translation>
    </message>
    <message>
        <source>Edit as expressions</source>
        <translation>Als Ausdrücke bearbeiten</translation>
    </message>
    <message>
        <source>Write the expressions and their placeholders yourself</source>
        <translation>Die Ausdrücke und ihre Platzhalter selbst schreiben</translation>
    </message>
    <message>
        <source>Transaction actions</source>
        <translation>Aktionen der Transaktion</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Append the action described below to the transaction</source>
        <translation>Die unten beschriebene Aktion an die Transaktion anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Weitere Attribute</translation>
    </message>
    <message>
        <source>DynamoDB JSON, e.g. {&quot;status&quot;: {&quot;S&quot;: &quot;open&quot;}, &quot;total&quot;: {&quot;N&quot;: &quot;42&quot;}}</source>
        <translation>DynamoDB-JSON, z. B. {&quot;status&quot;: {&quot;S&quot;: &quot;open&quot;}, &quot;total&quot;: {&quot;N&quot;: &quot;42&quot;}}</translation>
    </message>
    <message>
        <source>All rows must hold (AND)</source>
        <translation>Alle Zeilen müssen gelten (AND)</translation>
    </message>
    <message>
        <source>Any row may hold (OR)</source>
        <translation>Eine beliebige Zeile darf gelten (OR)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>All attributes; or names separated by commas</source>
        <translation>Alle Attribute; oder Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Return only:</source>
        <translation>Nur zurückgeben:</translation>
    </message>
    <message>
        <source>Expressions</source>
        <translation>Ausdrücke</translation>
    </message>
    <message>
        <source>KeyConditionExpression:</source>
        <translation>KeyConditionExpression:</translation>
    </message>
    <message>
        <source>Filter / ConditionExpression:</source>
        <translation>Filter / ConditionExpression:</translation>
    </message>
    <message>
        <source>UpdateExpression:</source>
        <translation>UpdateExpression:</translation>
    </message>
    <message>
        <source>ProjectionExpression:</source>
        <translation>ProjectionExpression:</translation>
    </message>
    <message>
        <source>ExpressionAttributeNames:</source>
        <translation>ExpressionAttributeNames:</translation>
    </message>
    <message>
        <source>ExpressionAttributeValues:</source>
        <translation>ExpressionAttributeValues:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ohne Limit</translation>
    </message>
    <message>
        <source>Limit </source>
        <translation>Limit </translation>
    </message>
    <message>
        <source>Consistent read</source>
        <translation>Konsistentes Lesen</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>ReturnValues</source>
        <translation>ReturnValues</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>%1 zurückgeben</translation>
    </message>
    <message>
        <source>ReturnConsumedCapacity</source>
        <translation>ReturnConsumedCapacity</translation>
    </message>
    <message>
        <source>Capacity: total</source>
        <translation>Kapazität: gesamt</translation>
    </message>
    <message>
        <source>Capacity: with indexes</source>
        <translation>Kapazität: mit Indizes</translation>
    </message>
    <message>
        <source>Capacity: none</source>
        <translation>Kapazität: keine</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>Index %1 (local)</source>
        <translation>Index %1 (lokal)</translation>
    </message>
    <message>
        <source>The other attributes are not a JSON object of DynamoDB attribute values.</source>
        <translation>Die weiteren Attribute sind kein JSON-Objekt aus DynamoDB-Attributwerten.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Partition key:</source>
        <translation>Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Get</source>
        <translation>Get</translation>
    </message>
    <message>
        <source>Put</source>
        <translation>Put</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Bedingungsprüfung</translation>
    </message>
    <message>
        <source>Key condition</source>
        <translation>Schlüsselbedingung</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::QueryCodeView</name>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>AWS CLI</source>
        <translation>AWS CLI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the code shown to the clipboard</source>
        <translation>Den angezeigten Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Not available for %1.</source>
        <translation>Für %1 nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::QueryHistoryModel</name>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::QueryPane</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Send the operation (Ctrl+Return)</source>
        <translation>Die Operation senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Keep this operation under a name</source>
        <translation>Diese Operation unter einem Namen aufbewahren</translation>
    </message>
    <message>
        <source>Run an operation to see its result.</source>
        <translation>Führen Sie eine Operation aus, um ihr Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Double-click a run to load it into the builder</source>
        <translation>Doppelklicken Sie auf einen Lauf, um ihn in den Builder zu laden</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Select a table to build operations on it.</source>
        <translation>Wählen Sie eine Tabelle, um Operationen darauf zu bauen.</translation>
    </message>
    <message>
        <source>Add at least one action to the transaction (Add Action).</source>
        <translation>Fügen Sie der Transaktion mindestens eine Aktion hinzu (Aktion hinzufügen).</translation>
    </message>
    <message>
        <source>✔ The engine&apos;s parser accepts the expressions.</source>
        <translation>✔ Der Parser der Engine akzeptiert die Ausdrücke.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>%1 of %2 scanned</source>
        <translation>%1 von %2 gescannt</translation>
    </message>
    <message>
        <source>, more available</source>
        <translation>, weitere verfügbar</translation>
    </message>
    <message>
        <source>Transaction committed</source>
        <translation>Transaktion bestätigt</translation>
    </message>
    <message>
        <source>Item found</source>
        <translation>Element gefunden</translation>
    </message>
    <message>
        <source>No such item</source>
        <translation>Kein solches Element</translation>
    </message>
    <message>
        <source>Done; %1 returned</source>
        <translation>Fertig; %1 zurückgegeben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 RCU</source>
        <translation>%1 RCU</translation>
    </message>
    <message>
        <source>%1 WCU</source>
        <translation>%1 WCU</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>index %1 %2</source>
        <translation>Index %1 %2</translation>
    </message>
    <message>
        <source>Consumed: %1</source>
        <translation>Verbraucht: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Save Operation</source>
        <translation>Operation speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::QueryResultModel</name>
    <message>
        <source>No such attribute in this item</source>
        <translation>Dieses Element hat kein solches Attribut</translation>
    </message>
    <message>
        <source>Key attribute</source>
        <translation>Schlüsselattribut</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::QueryRowModel</name>
    <message>
        <source>“%1” is not a boolean: enter true or false.</source>
        <translation>„%1“ ist kein Wahrheitswert: Geben Sie true oder false ein.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON for a %2 value.</source>
        <translation>„%1“ ist kein gültiges JSON für einen %2-Wert.</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>is of type</source>
        <translation>hat den Typ</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <source>Set if missing</source>
        <translation>Setzen, falls fehlend</translation>
    </message>
    <message>
        <source>Increase by</source>
        <translation>Erhöhen um</translation>
    </message>
    <message>
        <source>Decrease by</source>
        <translation>Verringern um</translation>
    </message>
    <message>
        <source>Append list</source>
        <translation>Liste anhängen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add (number or set)</source>
        <translation>Addieren (Zahl oder Menge)</translation>
    </message>
    <message>
        <source>Delete from set</source>
        <translation>Aus Menge löschen</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Und</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::SavedOperationsModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Items tab</source>
        <translation>Reiter „Elemente“</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Das ausgewählte Element öffnen</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Die ausgewählten Elemente löschen</translation>
    </message>
    <message>
        <source>Read more items</source>
        <translation>Weitere Elemente lesen</translation>
    </message>
    <message>
        <source>Scroll to the bottom</source>
        <translation>Ans Ende blättern</translation>
    </message>
    <message>
        <source>Query tab</source>
        <translation>Reiter „Query“</translation>
    </message>
    <message>
        <source>Run the operation</source>
        <translation>Die Operation ausführen</translation>
    </message>
    <message>
        <source>Complete an attribute name</source>
        <translation>Einen Attributnamen vervollständigen</translation>
    </message>
    <message>
        <source>Type its first letters</source>
        <translation>Die ersten Buchstaben eingeben</translation>
    </message>
    <message>
        <source>Table tabs</source>
        <translation>Reiter der Tabelle</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Nächster / vorheriger Reiter</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::StreamTailModel</name>
    <message>
        <source>%1 (TTL)</source>
        <translation>%1 (TTL)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::TableDesignerDialog</name>
    <message>
        <source>New Table</source>
        <translation>Neue Tabelle</translation>
    </message>
    <message>
        <source>Edit Table “%1”</source>
        <translation>Tabelle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>The name, keys and local indexes of a table cannot change after it is created.</source>
        <translation>Name, Schlüssel und lokale Indizes einer Tabelle lassen sich nach dem Anlegen nicht mehr ändern.</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Indexes</source>
        <translation>&amp;Indizes</translation>
    </message>
    <message>
        <source>&amp;Capacity &amp;&amp; Cost</source>
        <translation>&amp;Kapazität &amp;&amp; Kosten</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Create Table</source>
        <translation>Tabelle anlegen</translation>
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
        <source>&amp;Table name:</source>
        <translation>&amp;Tabellenname:</translation>
    </message>
    <message>
        <source>&amp;Partition key:</source>
        <translation>&amp;Partitionsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Sort key:</source>
        <translation>S&amp;ortierschlüssel:</translation>
    </message>
    <message>
        <source>Single-table designs often use generic keys (PK, SK) and overload them with entity prefixes; add global indexes for the other access patterns.</source>
        <translation>Single-Table-Designs verwenden oft generische Schlüssel (PK, SK) und überladen sie mit Entitätspräfixen; fügen Sie globale Indizes für die weiteren Zugriffsmuster hinzu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Global secondary indexes</source>
        <translation>Globale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Local secondary indexes</source>
        <translation>Lokale sekundäre Indizes</translation>
    </message>
    <message>
        <source>Same partition key as the table, another sort key; defined only when the table is created.</source>
        <translation>Derselbe Partitionsschlüssel wie die Tabelle, ein anderer Sortierschlüssel; nur beim Anlegen der Tabelle festzulegen.</translation>
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
        <source> RCU</source>
        <translation> RCU</translation>
    </message>
    <message>
        <source> WCU</source>
        <translation> WCU</translation>
    </message>
    <message>
        <source>Auto scaling</source>
        <translation>Auto Scaling</translation>
    </message>
    <message>
        <source>Application Auto Scaling keeps the provisioned capacity between the minimum and the maximum at the target utilisation; it applies to the table and its global indexes.</source>
        <translation>Application Auto Scaling hält die bereitgestellte Kapazität zwischen Minimum und Maximum bei der Zielauslastung; es gilt für die Tabelle und ihre globalen Indizes.</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>Abrechnungsmodus</translation>
    </message>
    <message>
        <source>Read min / max:</source>
        <translation>Lesen min. / max.:</translation>
    </message>
    <message>
        <source>Write min / max:</source>
        <translation>Schreiben min. / max.:</translation>
    </message>
    <message>
        <source>Target utilisation:</source>
        <translation>Zielauslastung:</translation>
    </message>
    <message>
        <source> reads/s</source>
        <translation> Lesezugriffe/s</translation>
    </message>
    <message>
        <source> writes/s</source>
        <translation> Schreibzugriffe/s</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source> items</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <source>Eventually consistent</source>
        <translation>Letztendlich konsistent</translation>
    </message>
    <message>
        <source>Strongly consistent</source>
        <translation>Stark konsistent</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaktional</translation>
    </message>
    <message>
        <source>Expected workload</source>
        <translation>Erwartete Last</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Lesezugriffe:</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>Schreibzugriffe:</translation>
    </message>
    <message>
        <source>Average item size:</source>
        <translation>Mittlere Elementgröße:</translation>
    </message>
    <message>
        <source>Stored items:</source>
        <translation>Gespeicherte Elemente:</translation>
    </message>
    <message>
        <source>Capacity and monthly cost</source>
        <translation>Kapazität und monatliche Kosten</translation>
    </message>
    <message>
        <source>Enable a stream</source>
        <translation>Einen Stream einschalten</translation>
    </message>
    <message>
        <source>New and old images</source>
        <translation>Neue und alte Abbilder</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Neues Abbild</translation>
    </message>
    <message>
        <source>Old image</source>
        <translation>Altes Abbild</translation>
    </message>
    <message>
        <source>Keys only</source>
        <translation>Nur Schlüssel</translation>
    </message>
    <message>
        <source>Attribute holding the expiry time in epoch seconds; empty: no TTL</source>
        <translation>Attribut mit der Ablaufzeit in Epoch-Sekunden; leer: kein TTL</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Standard – Infrequent Access</source>
        <translation>Standard – Seltener Zugriff</translation>
    </message>
    <message>
        <source>Protect the table from deletion</source>
        <translation>Die Tabelle vor dem Löschen schützen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <source>Time to live:</source>
        <translation>Time to Live:</translation>
    </message>
    <message>
        <source>Table class:</source>
        <translation>Tabellenklasse:</translation>
    </message>
    <message>
        <source>Deletion:</source>
        <translation>Löschen:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Request JSON</source>
        <translation>Anfrage-JSON</translation>
    </message>
    <message>
        <source>AWS CLI</source>
        <translation>AWS CLI</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>What will be sent:</source>
        <translation>Was gesendet wird:</translation>
    </message>
    <message>
        <source>The current TTL setting could not be read: %1</source>
        <translation>Die aktuelle TTL-Einstellung ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>// No changes to send.</source>
        <translation>// Keine Änderungen zu senden.</translation>
    </message>
    <message>
        <source># Auto scaling is configured with Application Auto Scaling (AWS only; the local engine keeps the provisioned capacity):</source>
        <translation># Auto Scaling wird mit Application Auto Scaling eingerichtet (nur AWS; die lokale Engine behält die bereitgestellte Kapazität):</translation>
    </message>
    <message>
        <source>Enter a table name and a partition key.</source>
        <translation>Geben Sie einen Tabellennamen und einen Partitionsschlüssel ein.</translation>
    </message>
    <message>
        <source>Checking the design with the engine…</source>
        <translation>Der Entwurf wird mit der Engine geprüft …</translation>
    </message>
    <message>
        <source>✔ The engine accepts these changes.</source>
        <translation>✔ Die Engine akzeptiert diese Änderungen.</translation>
    </message>
    <message>
        <source>✔ The engine accepts this design.</source>
        <translation>✔ Die Engine akzeptiert diesen Entwurf.</translation>
    </message>
    <message>
        <source>The table “%1” was created, but %2 failed (%3). %4</source>
        <translation>Die Tabelle „%1“ wurde angelegt, aber %2 ist fehlgeschlagen (%3). %4</translation>
    </message>
    <message>
        <source>%1 failed (%2). %3</source>
        <translation>%1 ist fehlgeschlagen (%2). %3</translation>
    </message>
    <message>
        <source>%1 failed (%2) after %3 of %4 requests succeeded. %5</source>
        <translation>%1 ist fehlgeschlagen (%2), nachdem %3 von %4 Anfragen erfolgreich waren. %5</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <source>Pay per request; no capacity to plan, and the table follows its traffic</source>
        <translation>Bezahlung pro Anfrage; keine Kapazität zu planen, die Tabelle folgt ihrem Verkehr</translation>
    </message>
    <message>
        <source>Reserve read and write capacity units per second; requests beyond them (and the burst) are throttled</source>
        <translation>Lese- und Schreibkapazitätseinheiten pro Sekunde reservieren; Anfragen darüber hinaus (und über den Burst) werden gedrosselt</translation>
    </message>
    <message>
        <source>The share of the provisioned capacity auto scaling aims to keep in use</source>
        <translation>Der Anteil der bereitgestellten Kapazität, den Auto Scaling in Gebrauch halten will</translation>
    </message>
    <message>
        <source>A strongly consistent read costs twice an eventually consistent one, a transactional read four times</source>
        <translation>Ein stark konsistenter Lesezugriff kostet doppelt so viel wie ein letztendlich konsistenter, ein transaktionaler viermal so viel</translation>
    </message>
    <message>
        <source>Reads are billed per 4 KB, writes per 1 KB of item size, rounded up</source>
        <translation>Lesezugriffe werden je angefangene 4 KB, Schreibzugriffe je angefangenes 1 KB Elementgröße berechnet</translation>
    </message>
    <message>
        <source>Record every change to the table&apos;s items for 24 hours (DynamoDB Streams)</source>
        <translation>Jede Änderung an den Elementen der Tabelle 24 Stunden lang aufzeichnen (DynamoDB Streams)</translation>
    </message>
    <message>
        <source>What each stream record carries besides the keys</source>
        <translation>Was jeder Stream-Datensatz neben den Schlüsseln enthält</translation>
    </message>
    <message>
        <source>Infrequent Access stores data for less and charges more per request; for tables read rarely</source>
        <translation>Seltener Zugriff speichert günstiger und berechnet mehr pro Anfrage; für selten gelesene Tabellen</translation>
    </message>
    <message>
        <source>DeleteTable fails while this is on; switch it off first to delete</source>
        <translation>DeleteTable schlägt fehl, solange dies eingeschaltet ist; zum Löschen zuerst ausschalten</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::TableDesignerIndexModel</name>
    <message>
        <source>on demand</source>
        <translation>on demand</translation>
    </message>
    <message>
        <source>Attributes projected besides the keys, separated by commas</source>
        <translation>Neben den Schlüsseln projizierte Attribute, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Only INCLUDE projections list non-key attributes</source>
        <translation>Nur INCLUDE-Projektionen führen Nicht-Schlüsselattribute auf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>Sortierschlüssel</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Non-key attributes</source>
        <translation>Nicht-Schlüsselattribute</translation>
    </message>
    <message>
        <source>RCU</source>
        <translation>RCU</translation>
    </message>
    <message>
        <source>WCU</source>
        <translation>WCU</translation>
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
    <message>
        <source>As DescribeTable reports it (DynamoDB refreshes it about every six hours)</source>
        <translation>Wie DescribeTable es meldet (DynamoDB aktualisiert den Wert etwa alle sechs Stunden)</translation>
    </message>
    <message>
        <source>GSI</source>
        <extracomment>Prefix of an index&apos;s key schema in the table list: global / local secondary index.</extracomment>
        <translation>GSI</translation>
    </message>
    <message>
        <source>LSI</source>
        <translation>LSI</translation>
    </message>
    <message>
        <source>%1 of “%2”, projection %3</source>
        <translation>%1 von „%2“, Projektion %3</translation>
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
    <message>
        <source>Show only the tables whose name contains this text (Ctrl+F)</source>
        <translation>Nur die Tabellen zeigen, deren Name diesen Text enthält (Strg+F)</translation>
    </message>
</context>
<context>
    <name>shardscope::ui::TableWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
</TS>
