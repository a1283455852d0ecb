<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <message>
        <source>No transcript of this run has a decision yet: summarize them to see its analysis.</source>
        <translation>Noch kein Transkript dieses Laufs hat eine Entscheidung: Fassen Sie sie zusammen, um seine Auswertung zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) of this run have no decision yet; the analysis leaves them out.</source>
        <translation>
            <numerusform>%n Transkript dieses Laufs hat noch keine Entscheidung; die Auswertung lässt es aus.</numerusform>
            <numerusform>%n Transkripte dieses Laufs haben noch keine Entscheidung; die Auswertung lässt sie aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summarize %n transcript(s)</source>
        <translation>
            <numerusform>%n Transkript zusammenfassen</numerusform>
            <numerusform>%n Transkripte zusammenfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>No decisions to analyse yet.</source>
        <translation>Noch keine Entscheidungen auszuwerten.</translation>
    </message>
    <message>
        <source>The stored analysis is out of date; recomputing…</source>
        <translation>Die gespeicherte Auswertung ist veraltet; sie wird neu berechnet …</translation>
    </message>
    <message>
        <source>Difference (other − this)</source>
        <translation>Differenz (anderer − dieser)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>p (paired t, Holm)</source>
        <translation>p (gepaarter t-Test, Holm)</translation>
    </message>
    <message>
        <source>p (Wilcoxon)</source>
        <translation>p (Wilcoxon)</translation>
    </message>
    <message>
        <source>Which models differ: ranking (mean, clustered 95 % interval, group)</source>
        <translation>Welche Modelle sich unterscheiden: Rangfolge (Mittelwert, geclustertes 95-%-Intervall, Gruppe)</translation>
    </message>
    <message>
        <source>Paired comparisons (by scenario, Holm and BH adjusted)</source>
        <translation>Gepaarte Vergleiche (nach Szenario, nach Holm und BH korrigiert)</translation>
    </message>
    <message>
        <source>Most contested scenarios (select one to find it in the matrix, double-click to read the transcripts)</source>
        <translation>Umstrittenste Szenarien (Auswahl zeigt es in der Matrix, Doppelklick öffnet die Transkripte)</translation>
    </message>
</context>
<context>
    <name>vr::ui::Charts</name>
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
    <message>
        <source>More scenarios or more repeats?</source>
        <translation>Mehr Szenarien oder mehr Wiederholungen?</translation>
    </message>
    <message>
        <source>scenarios needed</source>
        <translation>nötige Szenarien</translation>
    </message>
    <message>
        <source>calls per model</source>
        <translation>Aufrufe je Modell</translation>
    </message>
    <message>
        <source>fewest calls</source>
        <translation>wenigste Aufrufe</translation>
    </message>
    <message>
        <source>repeats per scenario</source>
        <translation>Wiederholungen je Szenario</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>Szenarien</translation>
    </message>
</context>
<context>
    <name>vr::ui::CheckListPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>All</source>
        <comment>tick every item shown</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tick every item the filter shows</source>
        <translation>Alle angezeigten Einträge auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <comment>untick every item shown</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Untick every item the filter shows</source>
        <translation>Alle angezeigten Einträge abwählen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation>Nach Name oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 chosen)</source>
        <translation>%1 (%2 von %3 ausgewählt)</translation>
    </message>
</context>
<context>
    <name>vr::ui::ContestedTable</name>
    <message>
        <source>Find a scenario…</source>
        <translation>Szenario suchen …</translation>
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
        <source>Range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>How far the models&apos; mean decisions lie apart: their variance (at least two models)</source>
        <translation>Wie weit die mittleren Entscheidungen der Modelle auseinanderliegen: ihre Varianz (mindestens zwei Modelle)</translation>
    </message>
    <message>
        <source>The highest model mean minus the lowest</source>
        <translation>Der höchste Modellmittelwert minus der niedrigste</translation>
    </message>
    <message>
        <source>Show all %1 scenarios</source>
        <translation>Alle %1 Szenarien zeigen</translation>
    </message>
</context>
<context>
    <name>vr::ui::DemoProject</name>
    <message>
        <source>The demo project is not installed with this workbench.</source>
        <translation>Das Demoprojekt ist mit dieser Werkbank nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot read the demo project %1: %2</source>
        <translation>Das Demoprojekt %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>vr::ui::DisplayText</name>
    <message>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <source>Scenario prompt</source>
        <translation>Szenario-Prompt</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>cut at the token limit</source>
        <translation>am Token-Limit abgeschnitten</translation>
    </message>
    <message>
        <source>stopped by the provider&apos;s content filter</source>
        <translation>vom Inhaltsfilter des Anbieters gestoppt</translation>
    </message>
    <message>
        <source>asked to call a tool</source>
        <translation>wollte ein Werkzeug aufrufen</translation>
    </message>
    <message>
        <source>The provider limited the requests</source>
        <translation>Der Anbieter hat die Anfragen begrenzt</translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The provider could not be reached</source>
        <translation>Der Anbieter war nicht erreichbar</translation>
    </message>
    <message>
        <source>The provider had a server error</source>
        <translation>Beim Anbieter ist ein Serverfehler aufgetreten</translation>
    </message>
    <message>
        <source>The provider refused the API key</source>
        <translation>Der Anbieter hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>The provider rejected the request</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The provider does not know this model</source>
        <translation>Der Anbieter kennt dieses Modell nicht</translation>
    </message>
    <message>
        <source>No provider takes this model id</source>
        <translation>Kein Anbieter nimmt diese Modellkennung an</translation>
    </message>
    <message>
        <source>No API key is set for this provider</source>
        <translation>Für diesen Anbieter ist kein API-Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Configure a key for %1 in Settings and resume the run.</source>
        <translation>Richten Sie in den Einstellungen einen Schlüssel für %1 ein und setzen Sie den Lauf fort.</translation>
    </message>
    <message>
        <source>Set %1 in Settings (or in the environment or a .env file) and resume the run.</source>
        <translation>Setzen Sie %1 in den Einstellungen (oder in der Umgebung oder einer .env-Datei) und setzen Sie den Lauf fort.</translation>
    </message>
    <message>
        <source>Check in Settings that the key for %1 is current and allowed to use this model.</source>
        <translation>Prüfen Sie in den Einstellungen, ob der Schlüssel für %1 aktuell ist und dieses Modell nutzen darf.</translation>
    </message>
    <message>
        <source>%1 is limiting requests: resume the run later, or with fewer parallel requests.</source>
        <translation>%1 begrenzt die Anfragen: Setzen Sie den Lauf später fort oder mit weniger parallelen Anfragen.</translation>
    </message>
    <message>
        <source>%1 does not know this model id: check its spelling in Models.</source>
        <translation>%1 kennt diese Modellkennung nicht: Prüfen Sie ihre Schreibweise unter Modelle.</translation>
    </message>
    <message>
        <source>Prefix the model id with its provider (openai:, anthropic:, google:, xai:, deepseek:, mistral:, local:).</source>
        <translation>Stellen Sie der Modellkennung ihren Anbieter voran (openai:, anthropic:, google:, xai:, deepseek:, mistral:, local:).</translation>
    </message>
    <message>
        <source>A passing fault at %1: resume the run to retry the failed cells.</source>
        <translation>Eine vorübergehende Störung bei %1: Setzen Sie den Lauf fort, um die fehlgeschlagenen Zellen erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 rejected the request: read the message and check the model&apos;s settings in Models.</source>
        <translation>%1 hat die Anfrage abgelehnt: Lesen Sie die Meldung und prüfen Sie die Einstellungen des Modells unter Modelle.</translation>
    </message>
    <message>
        <source>%1 answered in a form that could not be read: resume the run, and report it if it stays.</source>
        <translation>%1 hat in einer unlesbaren Form geantwortet: Setzen Sie den Lauf fort und melden Sie es, wenn es so bleibt.</translation>
    </message>
</context>
<context>
    <name>vr::ui::DuplicateImportQuestion</name>
    <message>
        <source>Scenarios already in the project</source>
        <translation>Szenarien schon im Projekt</translation>
    </message>
    <message numerus="yes">
        <source>This project already has %n of the scenarios in %1.</source>
        <translation>
            <numerusform>Dieses Projekt hat schon %n der Szenarien aus %1.</numerusform>
            <numerusform>Dieses Projekt hat schon %n der Szenarien aus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same again (name and content): %1</source>
        <translation>Noch einmal dieselben (Name und Inhalt): %1</translation>
    </message>
    <message>
        <source>The same name with different content: %1</source>
        <translation>Derselbe Name mit anderem Inhalt: %1</translation>
    </message>
    <message>
        <source>“Replace them” gives the project&apos;s scenarios the file&apos;s content; their runs and results stay with them.</source>
        <translation>„Ersetzen“ gibt den Szenarien des Projekts den Inhalt der Datei; ihre Läufe und Ergebnisse bleiben bei ihnen.</translation>
    </message>
    <message>
        <source>“Keep both” adds the file&apos;s scenarios under new names such as “%1 (2)”.</source>
        <translation>„Beide behalten“ fügt die Szenarien der Datei unter neuen Namen wie „%1 (2)“ hinzu.</translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation>Doppelte überspringen</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
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
    <name>vr::ui::ImageExportDialog</name>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Printed size = pixels ÷ dpi inches; at 300 dpi a 2400 px wide image is 8 inches and sharp.</source>
        <translation>Druckgröße = Pixel ÷ dpi Zoll; bei 300 dpi ist ein 2400 px breites Bild 8 Zoll (20,3 cm) breit und scharf.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
</context>
<context>
    <name>vr::ui::KeyStore</name>
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
    <message>
        <source>No keychain service is available (%1). Set keys in the environment instead, for example export OPENAI_API_KEY=sk-…, or put them in a .env file in the folder the workbench is started from.</source>
        <translation>Kein Schlüsselbunddienst verfügbar (%1). Setzen Sie die Schlüssel stattdessen in der Umgebung, zum Beispiel export OPENAI_API_KEY=sk-…, oder legen Sie sie in eine .env-Datei im Ordner, aus dem die Werkbank gestartet wird.</translation>
    </message>
    <message>
        <source>set (this session only)</source>
        <translation>gesetzt (nur für diese Sitzung)</translation>
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
    <message>
        <source>This is your own copy of the demo project (%1): change it freely; the bundled original stays as it is.</source>
        <translation>Dies ist Ihre eigene Kopie des Demoprojekts (%1): Ändern Sie sie nach Belieben; das mitgelieferte Original bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Could not open the demo project: %1</source>
        <translation>Das Demoprojekt konnte nicht geöffnet werden: %1</translation>
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
        <source>%1 failed. %2</source>
        <translation>%1 ist fehlgeschlagen. %2</translation>
    </message>
</context>
<context>
    <name>vr::ui::NameListText</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::PValue</name>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
</context>
<context>
    <name>vr::ui::PairedComparisonsView</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Which models differ (paired by scenario, Holm-adjusted)</source>
        <translation>Welche Modelle sich unterscheiden (gepaart nach Szenario, nach Holm korrigiert)</translation>
    </message>
    <message>
        <source>Mean difference, row − column model (outlined: the two differ after Holm)</source>
        <translation>Mittlere Differenz, Zeilen- minus Spaltenmodell (umrandet: die beiden unterscheiden sich nach Holm)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>95 % interval (clustered)</source>
        <translation>95-%-Intervall (geclustert)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Difference (A − B)</source>
        <translation>Differenz (A − B)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>p (BH)</source>
        <translation>p (BH)</translation>
    </message>
    <message>
        <source>p (Wilcoxon)</source>
        <translation>p (Wilcoxon)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 model pairs differ after Holm&apos;s correction (α = 0.05).</source>
        <translation>
            <numerusform>%n von %1 Modellpaaren unterscheidet sich nach der Holm-Korrektur (α = 0,05).</numerusform>
            <numerusform>%n von %1 Modellpaaren unterscheiden sich nach der Holm-Korrektur (α = 0,05).</numerusform>
        </translation>
    </message>
    <message>
        <source>This analysis predates paired comparisons: recompute it to see which models differ.</source>
        <translation>Diese Auswertung ist älter als die gepaarten Vergleiche: Berechnen Sie sie neu, um zu sehen, welche Modelle sich unterscheiden.</translation>
    </message>
    <message>
        <source>With %1 scenarios and %2 repeats, this run detects a difference of %3 in mean decision between two models with 80 % power.</source>
        <translation>Mit %1 Szenarien und %2 Wiederholungen erkennt dieser Lauf einen Unterschied von %3 in der mittleren Entscheidung zweier Modelle mit 80 % Teststärke.</translation>
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
    <message>
        <source>Plan from a pilot run…</source>
        <translation>Aus einem Pilotlauf planen …</translation>
    </message>
    <message>
        <source>How many scenarios and repeats a study needs to detect a given difference between two models</source>
        <translation>Wie viele Szenarien und Wiederholungen eine Studie braucht, um einen gegebenen Unterschied zwischen zwei Modellen zu erkennen</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;pilot, 3 repeats&quot;</source>
        <translation>optional, z. B. „Pilot, 3 Wiederholungen“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Choose at least one scenario.</source>
        <translation>Wählen Sie mindestens ein Szenario.</translation>
    </message>
    <message>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
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
    <message numerus="yes">
        <source>%1 of %n sample(s) done</source>
        <translation>
            <numerusform>%1 von %n Stichprobe erledigt</numerusform>
            <numerusform>%1 von %n Stichproben erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vr::ui::RunsView</name>
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
        <source>No run yet. Choose &quot;New run…&quot; to design one.</source>
        <translation>Noch kein Lauf. Wählen Sie „Neuer Lauf…“, um einen zu entwerfen.</translation>
    </message>
    <message>
        <source>Summarizing run %1 again…</source>
        <translation>Lauf %1 wird erneut zusammengefasst …</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 summarized again: %n transcript(s).</source>
        <translation>
            <numerusform>Lauf %1 erneut zusammengefasst: %n Transkript.</numerusform>
            <numerusform>Lauf %1 erneut zusammengefasst: %n Transkripte.</numerusform>
        </translation>
    </message>
    <message>
        <source> · detects ≥ %1</source>
        <translation> · erkennt ≥ %1</translation>
    </message>
    <message>
        <source>The smallest difference in mean decision between two models this run detects with 80 % power (α = 0.05)</source>
        <translation>Der kleinste Unterschied in der mittleren Entscheidung zweier Modelle, den dieser Lauf mit 80 % Teststärke erkennt (α = 0,05)</translation>
    </message>
    <message>
        <source>Summarizing run %1…</source>
        <translation>Lauf %1 wird zusammengefasst …</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 summarized: %n transcript(s).</source>
        <translation>
            <numerusform>Lauf %1 zusammengefasst: %n Transkript.</numerusform>
            <numerusform>Lauf %1 zusammengefasst: %n Transkripte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cell failed. %1</source>
        <translation>Diese Zelle ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Run %1: %2 × %3 × %4 · %5 of %6 cells done · %7 failed · %8 summarized · cost $%9</source>
        <translation>Lauf %1: %2 × %3 × %4 · %5 von %6 Zellen erledigt · %7 fehlgeschlagen · %8 zusammengefasst · Kosten $%9</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario</numerusform>
            <numerusform>%n Szenarien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Stichprobe</numerusform>
            <numerusform>%n Stichproben</numerusform>
        </translation>
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
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>Import von %1 abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>, replaced %1</source>
        <translation>, %1 ersetzt</translation>
    </message>
    <message>
        <source>, skipped %1</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>; copies added under new names: %1</source>
        <translation>; Kopien unter neuen Namen hinzugefügt: %1</translation>
    </message>
    <message>
        <source>. No 1–5 answer scale in: %1 (add numbered lines “1 - …” to “5 - …” to the prompt so that answers can be read as decisions)</source>
        <translation>. Keine Antwortskala 1–5 in: %1 (fügen Sie dem Prompt nummerierte Zeilen „1 - …“ bis „5 - …“ hinzu, damit Antworten als Entscheidungen gelesen werden können)</translation>
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
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the stored %1 from the system keychain now</source>
        <translation>Den gespeicherten %1 jetzt aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
</context>
<context>
    <name>vr::ui::StudyPlanDialog</name>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Plan a study from a pilot run</source>
        <translation>Eine Studie aus einem Pilotlauf planen</translation>
    </message>
    <message numerus="yes">
        <source>Run %1%2 (%n scenario(s))</source>
        <translation>
            <numerusform>Lauf %1%2 (%n Szenario)</numerusform>
            <numerusform>Lauf %1%2 (%n Szenarien)</numerusform>
        </translation>
    </message>
    <message>
        <source>vs</source>
        <translation>gegen</translation>
    </message>
    <message>
        <source>Pilot run</source>
        <translation>Pilotlauf</translation>
    </message>
    <message>
        <source>Difference to detect (mean decision)</source>
        <translation>Zu erkennender Unterschied (mittlere Entscheidung)</translation>
    </message>
    <message>
        <source>Significance level α (two-sided)</source>
        <translation>Signifikanzniveau α (zweiseitig)</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Teststärke</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Use the recommended repeats</source>
        <translation>Die empfohlenen Wiederholungen übernehmen</translation>
    </message>
    <message>
        <source>No run has decisions yet: run and summarize a pilot first.</source>
        <translation>Noch kein Lauf hat Entscheidungen: Führen Sie zuerst einen Pilotlauf durch und fassen Sie ihn zusammen.</translation>
    </message>
    <message>
        <source>Could not read the pilot run: %1</source>
        <translation>Der Pilotlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(the typical pair)</source>
        <translation>(das typische Paar)</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Calls per model</source>
        <translation>Aufrufe je Modell</translation>
    </message>
    <message numerus="yes">
        <source>Calls (all %n model(s))</source>
        <translation>
            <numerusform>Aufrufe (%n Modell)</numerusform>
            <numerusform>Aufrufe (alle %n Modelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Use %n repeat(s)</source>
        <translation>
            <numerusform>%n Wiederholung übernehmen</numerusform>
            <numerusform>%n Wiederholungen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>No two models of this run share two scored scenarios: there is nothing to plan from.</source>
        <translation>Keine zwei Modelle dieses Laufs haben zwei gemeinsame bewertete Szenarien: Es gibt nichts, woraus sich planen ließe.</translation>
    </message>
    <message numerus="yes">
        <source>To detect a difference of %1 with power %2 at α = %3: %4 scenarios × %n repeat(s) (%5 calls, %6) has the fewest calls.</source>
        <translation>
            <numerusform>Um einen Unterschied von %1 mit Teststärke %2 bei α = %3 zu erkennen: %4 Szenarien × %n Wiederholung (%5 Aufrufe, %6) braucht die wenigsten Aufrufe.</numerusform>
            <numerusform>Um einen Unterschied von %1 mit Teststärke %2 bei α = %3 zu erkennen: %4 Szenarien × %n Wiederholungen (%5 Aufrufe, %6) braucht die wenigsten Aufrufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>No design up to 10 repeats reaches that power: ask for a larger difference.</source>
        <translation>Kein Design mit bis zu 10 Wiederholungen erreicht diese Teststärke: Wählen Sie einen größeren Unterschied.</translation>
    </message>
    <message>
        <source>Estimated from the pilot: scenario × model interaction σ²_D = %1, within a cell σ²_w = %2.</source>
        <translation>Aus dem Pilotlauf geschätzt: Wechselwirkung Szenario × Modell σ²_D = %1, innerhalb einer Zelle σ²_w = %2.</translation>
    </message>
    <message>
        <source>The pilot has no repeats, so σ²_w cannot be told apart (taken as 0): repeats look useless here.</source>
        <translation>Der Pilotlauf hat keine Wiederholungen, daher lässt sich σ²_w nicht trennen (als 0 angenommen): Wiederholungen erscheinen hier nutzlos.</translation>
    </message>
    <message>
        <source>The pilot itself detects %1 with 80 % power.</source>
        <translation>Der Pilotlauf selbst erkennt %1 mit 80 % Teststärke.</translation>
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
    <name>vr::ui::SummariesPanel</name>
    <message>
        <source>Search prompts, answers and explanations…</source>
        <translation>Prompts, Antworten und Erklärungen durchsuchen …</translation>
    </message>
    <message>
        <source>Every word must occur (case and accents do not matter); &quot;quotes&quot; find a phrase. Hover a row to see the match.</source>
        <translation>Jedes Wort muss vorkommen (Groß-/Kleinschreibung und Akzente zählen nicht); „Anführungszeichen“ finden eine Wortfolge. Zeigen Sie auf eine Zeile, um den Treffer zu sehen.</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <source>other</source>
        <comment>decision code</comment>
        <translation>andere</translation>
    </message>
    <message>
        <source>not summarized</source>
        <translation>nicht zusammengefasst</translation>
    </message>
    <message>
        <source>Show only the decisions that this stage of the parser made</source>
        <translation>Nur die Entscheidungen zeigen, die diese Stufe des Parsers getroffen hat</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Show only the decisions a person corrected</source>
        <translation>Nur die Entscheidungen zeigen, die ein Mensch korrigiert hat</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Verweigerungen</translation>
    </message>
    <message>
        <source>Show only the answers read as refusals</source>
        <translation>Nur die als Verweigerung gelesenen Antworten zeigen</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Show only the answers cut at the token limit</source>
        <translation>Nur die am Token-Limit abgeschnittenen Antworten zeigen</translation>
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
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
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
    <message>
        <source>Turn %1 · %2 · %3 in / %4 out tokens · %5 ms · %6</source>
        <translation>Runde %1 · %2 · %3 Eingabe- / %4 Ausgabe-Tokens · %5 ms · %6</translation>
    </message>
</context>
<context>
    <name>vr::ui::WelcomePage</name>
    <message>
        <source>Welcome to ValueRank Workbench</source>
        <translation>Willkommen bei der ValueRank-Werkbank</translation>
    </message>
    <message>
        <source>Write dilemma scenarios, put them to language models over several turns, turn each answer into a decision from 1 (strongly option A) to 5 (strongly option B), and compare the models with statistics. A project is one file (.vrproj) that keeps scenarios, models, runs and their analysis; nothing finished is ever lost.</source>
        <translation>Schreiben Sie Dilemma-Szenarien, legen Sie sie Sprachmodellen über mehrere Runden vor, machen Sie aus jeder Antwort eine Entscheidung von 1 (klar Option A) bis 5 (klar Option B) und vergleichen Sie die Modelle mit Statistik. Ein Projekt ist eine Datei (.vrproj) mit Szenarien, Modellen, Läufen und ihrer Auswertung; nichts Fertiges geht je verloren.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt …</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Das Demoprojekt ausprobieren</translation>
    </message>
    <message>
        <source>Opens your own copy of the bundled demo: 12 dilemmas, three offline mock models that need no API key, and a finished run with its analysis. Change it freely; the original stays as it is.</source>
        <translation>Öffnet Ihre eigene Kopie der mitgelieferten Demo: 12 Dilemmata, drei Offline-Testmodelle ohne API-Schlüssel und ein fertiger Lauf mit Auswertung. Ändern Sie sie nach Belieben; das Original bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Start empty: add scenarios and models, then design a run.</source>
        <translation>Leer beginnen: Szenarien und Modelle hinzufügen, dann einen Lauf entwerfen.</translation>
    </message>
    <message>
        <source>Open a .vrproj file.</source>
        <translation>Eine .vrproj-Datei öffnen.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
</context>
</TS>
