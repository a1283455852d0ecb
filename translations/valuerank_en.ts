<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vr::ui::RunGridModel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
</context>
<context>
    <name>vr::ui::RunsView</name>
    <message numerus="yes">
        <source>%n explanation(s) failed; the decision codes are stored.</source>
        <translation><numerusform>%n explanation failed; the decision codes are stored.</numerusform><numerusform>%n explanations failed; the decision codes are stored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 summarized again: %n transcript(s).</source>
        <translation><numerusform>Run %1 summarized again: %n transcript.</numerusform><numerusform>Run %1 summarized again: %n transcripts.</numerusform></translation>
    </message>
</context>
<context>
    <name>vr::ui::ScenariosView</name>
    <message numerus="yes">
        <source>Import %n scenario(s)</source>
        <translation><numerusform>Import %n scenario</numerusform><numerusform>Import %n scenarios</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scenario(s)</source>
        <translation><numerusform>Imported %n scenario</numerusform><numerusform>Imported %n scenarios</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scenario(s) to %1</source>
        <translation><numerusform>Exported %n scenario to %1</numerusform><numerusform>Exported %n scenarios to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>vr::ui::TranscriptView</name>
    <message numerus="yes">
        <source>▸ Show the model&apos;s reasoning (%n characters)</source>
        <translation><numerusform>▸ Show the model&apos;s reasoning (%n character)</numerusform><numerusform>▸ Show the model&apos;s reasoning (%n characters)</numerusform></translation>
    </message>
</context>
</TS>
