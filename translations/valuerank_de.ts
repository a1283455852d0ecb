<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Mean decision per model (95 % interval)</source>
        <translation>Mittlere Entscheidung je Modell (95-%-Intervall)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Decision distribution per model</source>
        <translation>Verteilung der Entscheidungen je Modell</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Dimension impact (η²; * Kruskal–Wallis p &lt; 0.05)</source>
        <translation>Einfluss der Dimensionen (η²; * Kruskal-Wallis p &lt; 0,05)</translation>
    </message>
    <message>
        <source>η²</source>
        <translation>η²</translation>
    </message>
    <message>
        <source>Mean decision by level of %1</source>
        <translation>Mittlere Entscheidung je Stufe von %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design value-dilemma evaluations, probe models, analyse the results.</source>
        <translation>Wertedilemmata entwerfen, Modelle befragen, Ergebnisse auswerten.</translation>
    </message>
    <message>
        <source>The project file to open</source>
        <translation>Die zu öffnende Projektdatei</translation>
    </message>
    <message>
        <source>The page to show: scenarios, models, runs or analysis</source>
        <translation>Die anzuzeigende Seite: scenarios, models, runs oder analysis</translation>
    </message>
    <message>
        <source>Render the page to a PNG file and quit</source>
        <translation>Die Seite als PNG-Datei speichern und beenden</translation>
    </message>
</context>
<context>
    <name>vr::ui::AnalysisDashboard</name>
    <message>
        <source>%1: with fewer than 10 answers, its mean and agreement can swing a lot.</source>
        <translation>%1: Mit weniger als 10 Antworten können Mittelwert und Übereinstimmung stark schwanken.</translation>
    </message>
    <message>
        <source>%1: enough for a first look; more samples would firm up the intervals.</source>
        <translation>%1: genug für einen ersten Blick; mehr Stichproben würden die Intervalle festigen.</translation>
    </message>
    <message>
        <source>The scenarios have no numeric dimensions, so there is nothing to relate decisions to.</source>
        <translation>Die Szenarien haben keine numerischen Dimensionen, also gibt es nichts, worauf sich die Entscheidungen beziehen ließen.</translation>
    </message>
    <message>
        <source>%1. Filter the models to see how they agree.</source>
        <translation>%1. Filtern Sie die Modelle, um ihre Übereinstimmung zu sehen.</translation>
    </message>
    <message>
        <source>Model agreement</source>
        <translation>Übereinstimmung der Modelle</translation>
    </message>
    <message>
        <source>Spearman ρ (outlined: significant after Holm)</source>
        <translation>Spearman ρ (umrandet: signifikant nach Holm)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>Quadratic-weighted kappa</source>
        <translation>Quadratisch gewichtetes Kappa</translation>
    </message>
    <message>
        <source>What moves decisions</source>
        <translation>Was Entscheidungen bewegt</translation>
    </message>
    <message>
        <source>Most contested scenarios (double-click to read the transcripts)</source>
        <translation>Umstrittenste Szenarien (Doppelklick öffnet die Transkripte)</translation>
    </message>
    <message>
        <source>Mean decision per model and scenario (Ctrl + wheel to zoom, click to read the transcripts)</source>
        <translation>Mittlere Entscheidung je Modell und Szenario (Strg + Mausrad zoomt, Klick öffnet die Transkripte)</translation>
    </message>
    <message>
        <source>Compared with another run (paired by scenario)</source>
        <translation>Verglichen mit einem anderen Lauf (gepaart nach Szenario)</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>Mit Vorsicht zu lesen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Report (HTML or PDF)…</source>
        <translation>Bericht (HTML oder PDF)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Analysis as JSON…</source>
        <translation>Auswertung als JSON…</translation>
    </message>
    <message>
        <source>Export analysis</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Contested scenarios as CSV…</source>
        <translation>Umstrittene Szenarien als CSV…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 as PNG or SVG…</source>
        <translation>%1 als PNG oder SVG…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Mittelwerte</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Computed just now.</source>
        <translation>Soeben berechnet.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Auswertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation>Lauf %1%2</translation>
    </message>
    <message>
        <source>Stored analysis.</source>
        <translation>Gespeicherte Auswertung.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <source>No analysis yet: run and summarize a run first.</source>
        <translation>Noch keine Auswertung: Führen Sie zuerst einen Lauf durch und fassen Sie ihn zusammen.</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Nichts Auffälliges.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Scenario pairs</source>
        <translation>Szenario-Paare</translation>
    </message>
    <message>
        <source>Mean, this run</source>
        <translation>Mittelwert, dieser Lauf</translation>
    </message>
    <message>
        <source>Mean, other run</source>
        <translation>Mittelwert, anderer Lauf</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>p (paired t)</source>
        <translation>p (gepaarter t-Test)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>ValueRank analysis of run %1</source>
        <translation>ValueRank-Auswertung von Lauf %1</translation>
    </message>
    <message>
        <source>Mean decision per model</source>
        <translation>Mittlere Entscheidung je Modell</translation>
    </message>
    <message>
        <source>Decision distribution</source>
        <translation>Verteilung der Entscheidungen</translation>
    </message>
    <message>
        <source>Dimension impact</source>
        <translation>Einfluss der Dimensionen</translation>
    </message>
    <message>
        <source>Most contested scenarios</source>
        <translation>Umstrittenste Szenarien</translation>
    </message>
</context>
<context>
    <name>vr::ui::EditCommands</name>
    <message>
        <source>Add scenario %1</source>
        <translation>Szenario %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove scenario %1</source>
        <translation>Szenario %1 entfernen</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Szenario %1 bearbeiten</translation>
    </message>
    <message>
        <source>Reorder scenarios</source>
        <translation>Szenarien umsortieren</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>Modell %1 entfernen</translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <source>Override decision with %1</source>
        <translation>Entscheidung auf %1 korrigieren</translation>
    </message>
    <message>
        <source>Clear decision override</source>
        <translation>Korrektur der Entscheidung aufheben</translation>
    </message>
</context>
<context>
    <name>vr::ui::HeatmapWidget</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>vr::ui::KeyStore</name>
    <message>
        <source>No keychain service is available (%1). Set keys in the environment instead, for example export OPENAI_API_KEY=sk-…, or put them in a .env file in the project&apos;s folder.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1). Setzen Sie die Schlüssel stattdessen in der Umgebung, zum Beispiel export OPENAI_API_KEY=sk-…, oder legen Sie sie in einer .env-Datei im Projektordner ab.</translation>
    </message>
    <message>
        <source>set (environment)</source>
        <translation>gesetzt (Umgebung)</translation>
    </message>
    <message>
        <source>set (.env file)</source>
        <translation>gesetzt (.env-Datei)</translation>
    </message>
    <message>
        <source>set (keychain)</source>
        <translation>gesetzt (Schlüsselbund)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>vr::ui::MainWindow</name>
    <message>
        <source>ValueRank Workbench</source>
        <translation>ValueRank Workbench</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>No transcripts for %1 in run %2</source>
        <translation>Keine Transkripte für %1 in Lauf %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>ValueRank projects (*.vrproj)</source>
        <translation>ValueRank-Projekte (*.vrproj)</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>ValueRank projects (*.vrproj);;All files (*)</source>
        <translation>ValueRank-Projekte (*.vrproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>No API keys (mock: and local: models work without)</source>
        <translation>Keine API-Schlüssel (mock:- und local:-Modelle funktionieren ohne)</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>%1 — ValueRank Workbench</source>
        <translation>%1 — ValueRank Workbench</translation>
    </message>
    <message>
        <source>A run is in progress: cancel it before opening another project.</source>
        <translation>Ein Lauf ist im Gang: Brechen Sie ihn ab, bevor Sie ein anderes Projekt öffnen.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;open-read-only&quot;&gt;Open it read-only&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;open-read-only&quot;&gt;Schreibgeschützt öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Read-only: %1 (%2). You can browse and export; changes cannot be saved.</source>
        <translation>Schreibgeschützt: %1 (%2). Sie können lesen und exportieren; Änderungen lassen sich nicht speichern.</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gang</translation>
    </message>
    <message>
        <source>Quit and stop the run? Every finished transcript is saved; Resume continues the rest later.</source>
        <translation>Beenden und den Lauf anhalten? Jedes fertige Transkript ist gespeichert; „Fortsetzen“ führt den Rest später aus.</translation>
    </message>
</context>
<context>
    <name>vr::ui::ModelCatalogModel</name>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
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
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Input $/M tokens</source>
        <translation>Eingabe $/Mio. Tokens</translation>
    </message>
    <message>
        <source>Output $/M tokens</source>
        <translation>Ausgabe $/Mio. Tokens</translation>
    </message>
    <message>
        <source>Max concurrency</source>
        <translation>Max. Parallelität</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>From the capabilities table; edit to override for this model</source>
        <translation>Aus der Fähigkeitentabelle; bearbeiten, um es für dieses Modell festzulegen</translation>
    </message>
    <message>
        <source>Set for this model in the catalog</source>
        <translation>Im Katalog für dieses Modell festgelegt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Token limit parameter</source>
        <translation>Parameter für das Token-Limit</translation>
    </message>
</context>
<context>
    <name>vr::ui::ModelsView</name>
    <message>
        <source>anthropic:claude-sonnet-4-20250514, gpt-4o, local:llama3, mock:demo</source>
        <translation>anthropic:claude-sonnet-4-20250514, gpt-4o, local:llama3, mock:demo</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Send one short probe to the selected model</source>
        <translation>Eine kurze Testanfrage an das gewählte Modell senden</translation>
    </message>
    <message>
        <source>&lt;b&gt;API keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;API-Schlüssel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 is already in the catalog</source>
        <translation>%1 ist bereits im Katalog</translation>
    </message>
    <message>
        <source>Cannot tell which provider serves &quot;%1&quot;: use a prefix such as openai:, anthropic:, google:, local: or mock:</source>
        <translation>Es ist nicht erkennbar, welcher Anbieter „%1“ bedient: Verwenden Sie ein Präfix wie openai:, anthropic:, google:, local: oder mock:</translation>
    </message>
    <message>
        <source>Select a model to test.</source>
        <translation>Wählen Sie ein Modell zum Testen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms: &quot;%3&quot;</source>
        <translation>%1 hat in %2 ms geantwortet: „%3“</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1 fehlgeschlagen: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vr::ui::RunDesignerDialog</name>
    <message>
        <source>%1 has no price: its cost is not in the estimate.</source>
        <translation>%1 hat keinen Preis: Seine Kosten fehlen in der Schätzung.</translation>
    </message>
    <message>
        <source>%1: unknown provider.</source>
        <translation>%1: unbekannter Anbieter.</translation>
    </message>
    <message>
        <source>%1 has no key: set %2.</source>
        <translation>%1 hat keinen Schlüssel: Setzen Sie %2.</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>The prompt is empty: this scenario cannot be run.</source>
        <translation>Der Prompt ist leer: Dieses Szenario kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Samples per cell</source>
        <translation>Stichproben je Zelle</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Max turns</source>
        <translation>Max. Runden</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Concurrency per provider</source>
        <translation>Parallelität je Anbieter</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cells, about %2 calls, estimated cost $%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Zellen, etwa %2 Aufrufe, geschätzte Kosten $%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vr::ui::RunGridModel</name>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 of %2 samples done</source>
        <translation>%1 von %2 Stichproben fertig</translation>
    </message>
</context>
<context>
    <name>vr::ui::RunsView</name>
    <message>
        <source>Show only the decisions that this stage of the parser made</source>
        <translation>Nur die Entscheidungen zeigen, die diese Stufe des Parsers getroffen hat</translation>
    </message>
    <message>
        <source>Only ambiguous</source>
        <translation>Nur mehrdeutige</translation>
    </message>
    <message>
        <source>Show only the decisions where two readings of the answer disagreed</source>
        <translation>Nur die Entscheidungen zeigen, bei denen zwei Lesarten der Antwort voneinander abwichen</translation>
    </message>
    <message>
        <source>Parser stage:</source>
        <translation>Parser-Stufe:</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>New run…</source>
        <translation>Neuer Lauf…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Run the missing and failed cells</source>
        <translation>Die fehlenden und fehlgeschlagenen Zellen ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Summarize again</source>
        <translation>Erneut zusammenfassen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run %1%2
%3/%4 done · $%5</source>
        <translation>Lauf %1%2
%3/%4 fertig · $%5</translation>
    </message>
    <message>
        <source>Choose at least one runnable scenario and one model.</source>
        <translation>Wählen Sie mindestens ein ausführbares Szenario und ein Modell.</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n explanation(s) failed; the decision codes are stored.</source>
        <translation>
            <numerusform>%n Erklärung ist fehlgeschlagen; die Entscheidungen sind gespeichert.</numerusform>
            <numerusform>%n Erklärungen sind fehlgeschlagen; die Entscheidungen sind gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No transcript yet for %1 on %2.</source>
        <translation>Noch kein Transkript für %1 mit %2.</translation>
    </message>
    <message>
        <source>%1 of %2 cells done · %3 failed · %4 running · %5 cells/s · ETA %6 · cost $%7 · %8 retries</source>
        <translation>%1 von %2 Zellen fertig · %3 fehlgeschlagen · %4 laufen · %5 Zellen/s · Rest %6 · Kosten $%7 · %8 Wiederholungen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> · budget reached</source>
        <translation> · Budget erreicht</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Run %1: %2 scenarios × %3 models × %4 samples · %5 of %6 cells done · %7 failed · %8 summarized · cost $%9</source>
        <translation>Lauf %1: %2 Szenarien × %3 Modelle × %4 Stichproben · %5 von %6 Zellen fertig · %7 fehlgeschlagen · %8 zusammengefasst · Kosten $%9</translation>
    </message>
    <message>
        <source>No run yet. Choose &quot;New run…&quot; to design one.</source>
        <translation>Noch kein Lauf. Wählen Sie „Neuer Lauf…“, um einen zu entwerfen.</translation>
    </message>
    <message>
        <source>This cell failed (%1): %2</source>
        <translation>Diese Zelle ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Summarizing run %1 again…</source>
        <translation>Lauf %1 wird erneut zusammengefasst …</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 summarized again: %n transcript(s).</source>
        <translation><numerusform>Lauf %1 erneut zusammengefasst: %n Transkript.</numerusform><numerusform>Lauf %1 erneut zusammengefasst: %n Transkripte.</numerusform></translation>
    </message>
</context>
<context>
    <name>vr::ui::ScenarioEditor</name>
    <message>
        <source>Optional system message, e.g. &quot;You are a thoughtful advisor.&quot;</source>
        <translation>Optionale Systemnachricht, z. B. „Du bist ein besonnener Berater.“</translation>
    </message>
    <message>
        <source>The dilemma, and the scale the model should answer on (1 - … 5 - …)</source>
        <translation>Das Dilemma und die Skala, auf der das Modell antworten soll (1 - … 5 - …)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Follow-up prompt</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. health, loyalty</source>
        <translation>Durch Kommas getrennt, z. B. Gesundheit, Loyalität</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Nachfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <source>Add dimension</source>
        <translation>Dimension hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Follow-ups (asked in order, one per turn)</source>
        <translation>Nachfragen (der Reihe nach, eine je Runde)</translation>
    </message>
    <message>
        <source>Dimensions (numeric levels the analysis relates to decisions)</source>
        <translation>Dimensionen (numerische Stufen, die die Auswertung mit den Entscheidungen in Beziehung setzt)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>The scenario needs a name.</source>
        <translation>Das Szenario braucht einen Namen.</translation>
    </message>
    <message>
        <source>The prompt is empty: this scenario cannot be run.</source>
        <translation>Der Prompt ist leer: Dieses Szenario kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Dimension values must be numbers (row %1).</source>
        <translation>Werte von Dimensionen müssen Zahlen sein (Zeile %1).</translation>
    </message>
    <message>
        <source>Follow-up %1 has no prompt and will be skipped.</source>
        <translation>Nachfrage %1 hat keinen Text und wird übersprungen.</translation>
    </message>
    <message>
        <source>Would you change your rating if the harm were irreversible?</source>
        <translation>Würden Sie Ihre Bewertung ändern, wenn der Schaden unumkehrbar wäre?</translation>
    </message>
</context>
<context>
    <name>vr::ui::ScenarioListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>vr::ui::ScenariosView</name>
    <message>
        <source>Search names, prompts and tags</source>
        <translation>Namen, Prompts und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>Szenarien importieren</translation>
    </message>
    <message>
        <source>Scenario files (*.json *.yaml *.yml)</source>
        <translation>Szenariodateien (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export scenarios</source>
        <translation>Szenarien exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Describe the dilemma here.

Answer on this scale:
1 - Strongly favour option A
2 - Somewhat favour option A
3 - Neutral
4 - Somewhat favour option B
5 - Strongly favour option B</source>
        <translation>Beschreiben Sie hier das Dilemma.

Antworten Sie auf dieser Skala:
1 - Stark für Option A
2 - Eher für Option A
3 - Neutral
4 - Eher für Option B
5 - Stark für Option B</translation>
    </message>
    <message numerus="yes">
        <source>Import %n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario importieren</numerusform>
            <numerusform>%n Szenarien importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario importiert</numerusform>
            <numerusform>%n Szenarien importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>; rejected: %1</source>
        <translation>; abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scenario(s) to %1</source>
        <translation>
            <numerusform>%n Szenario nach %1 exportiert</numerusform>
            <numerusform>%n Szenarien nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>structured-v2 (recommended)</source>
        <translation>structured-v2 (empfohlen)</translation>
    </message>
    <message>
        <source>structured-v1 (this project&apos;s first parser)</source>
        <translation>structured-v1 (der erste Parser dieses Projekts)</translation>
    </message>
    <message>
        <source>legacy (first digit, as the original workers)</source>
        <translation>legacy (erste Ziffer, wie die ursprünglichen Worker)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Default concurrency per provider</source>
        <translation>Standard-Parallelität je Anbieter</translation>
    </message>
    <message>
        <source>Summary model</source>
        <translation>Modell für Zusammenfassungen</translation>
    </message>
    <message>
        <source>Decision parser</source>
        <translation>Entscheidungsparser</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Sprache (nach Neustart)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys typed here are saved in the system keychain, never in the project file.</source>
        <translation>Hier eingegebene Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in der Projektdatei.</translation>
    </message>
</context>
<context>
    <name>vr::ui::SummariesModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not summarized</source>
        <translation>nicht zusammengefasst</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Parser method</source>
        <translation>Parser-Regel</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Verweigerung</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>cut at max tokens</source>
        <translation>beim Token-Limit abgeschnitten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision code: use 1 to 5, &quot;other&quot;, or leave it empty to remove the override.</source>
        <translation>„%1“ ist kein Entscheidungscode: Verwenden Sie 1 bis 5, „other“, oder lassen Sie das Feld leer, um die Korrektur zu entfernen.</translation>
    </message>
</context>
<context>
    <name>vr::ui::TranscriptView</name>
    <message>
        <source>&lt;p&gt;Model version &lt;b&gt;%1&lt;/b&gt; · %2 input / %3 output tokens · cost $%4 · %5 → %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modellversion &lt;b&gt;%1&lt;/b&gt; · %2 Eingabe- / %3 Ausgabe-Tokens · Kosten $%4 · %5 → %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Decision &lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entscheidung &lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (override; parsed %1)</source>
        <translation> (Korrektur; erkannt %1)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>wird übertragen…</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>%1 — %2, sample %3</source>
        <translation>%1 — %2, Stichprobe %3</translation>
    </message>
    <message>
        <source>Turn %1 · %2 · %3 in / %4 out tokens · %5 ms · finish: %6</source>
        <translation>Runde %1 · %2 · %3 Eingabe- / %4 Ausgabe-Tokens · %5 ms · Ende: %6</translation>
    </message>
    <message>
        <source>This answer was cut at the token limit (max tokens).</source>
        <translation>Diese Antwort wurde beim Token-Limit (max tokens) abgeschnitten.</translation>
    </message>
    <message>
        <source>▾ Hide the model&apos;s reasoning</source>
        <translation>▾ Überlegungen des Modells ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>▸ Show the model&apos;s reasoning (%n characters)</source>
        <translation>
            <numerusform>▸ Überlegungen des Modells zeigen (%n Zeichen)</numerusform>
            <numerusform>▸ Überlegungen des Modells zeigen (%n Zeichen)</numerusform>
        </translation>
    </message>
</context>
</TS>
