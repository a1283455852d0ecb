// The workbench in German, as a German-speaking researcher sees it: every page, the welcome page and a transcript
// show the German texts of translations/valuerank_de.ts. A text that the .ts translates differently but that a
// page still shows in English (a string not passed through tr(), or lost to a context mix-up) fails the test, and
// so does a raw protocol value ("scenario_prompt", "stop"). Screenshots: build/screenshots/german-*.png.
#include "analysis_dashboard.h"
#include "main_window.h"
#include "project_session.h"
#include "run_grid_model.h"
#include "runs_view.h"
#include "transcript_view.h"
#include "welcome_page.h"
#include "workbench_fixture.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace vr;
using namespace vr::ui;

namespace {

// The English sources the German file translates to something else (numerus forms aside).
QSet<QString> englishWithGermanTranslation()
{
    QSet<QString> out;
    QFile file(QStringLiteral(VR_DE_TS));
    if (!file.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("message")) numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("source")) source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && !numerus) {
            const QString german = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!german.isEmpty() && german != source && !source.contains(QLatin1Char('%'))) out.insert(source);
        }
    }
    return out;
}

// Every text a user can read on the visible widgets under `root`.
QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root)) out << label->text();
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root)) out << button->text();
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        if (box->isVisibleTo(root)) out << box->title();
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (bar->isVisibleTo(root))
            for (int i = 0; i < bar->count(); ++i) out << bar->tabText(i);
    for (QTableView* table : root->findChildren<QTableView*>())
        if (table->isVisibleTo(root) && table->model())
            for (int c = 0; c < table->model()->columnCount(); ++c) out << table->model()->headerData(c, Qt::Horizontal).toString();
    for (QListWidget* list : root->findChildren<QListWidget*>())
        if (list->isVisibleTo(root))
            for (int i = 0; i < list->count(); ++i) out << list->item(i)->text();
    for (QString& text : out) text.remove(QLatin1Char('&')); // mnemonics
    return out;
}

} // namespace

class GermanUiTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QSet<QString> m_english;

    void expectGerman(QWidget* root, const QString& where)
    {
        QStringList english;
        for (const QString& text : visibleTexts(root))
            if (m_english.contains(text)) english << text;
        QVERIFY2(english.isEmpty(), qPrintable(where + QStringLiteral(" shows English: ") + english.join(QStringLiteral(" | "))));
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        qputenv("VALUERANK_LOG_LEVEL", "error");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(test::installTranslations(QStringLiteral("de")));
        m_english = englishWithGermanTranslation();
        QVERIFY(m_english.size() > 200);
    }

    void welcomePageIsGerman()
    {
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingWelcome());
        QVERIFY(window.welcomePage()->demoButton()->text().contains(QStringLiteral("Demoprojekt")));
        expectGerman(window.welcomePage(), QStringLiteral("The welcome page"));
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("german-welcome")));
    }

    void everyPageIsGerman()
    {
        MainWindow window;
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(test::copyDemoProject(m_dir)));
        QCOMPARE(window.navigator()->item(0)->text(), QStringLiteral("Szenarien"));
        const struct {
            MainWindow::Page page;
            const char* name;
        } pages[] = {{MainWindow::Page::Scenarios, "scenarios"}, {MainWindow::Page::Models, "models"}, {MainWindow::Page::Runs, "runs"},
                     {MainWindow::Page::Analysis, "analysis"}};
        for (const auto& p : pages) {
            window.showPage(p.page);
            QTRY_VERIFY_WITH_TIMEOUT(!window.analysisView()->isComputing(), 20000);
            QCoreApplication::processEvents();
            expectGerman(&window, QStringLiteral("The %1 page").arg(QLatin1String(p.name)));
            QVERIFY(test::saveScreenshot(&window, QStringLiteral("german-") + QLatin1String(p.name)));
        }
        // A transcript: its turn line in German words, no raw protocol values.
        window.showPage(MainWindow::Page::Runs);
        RunsView* runs = window.runsView();
        runs->showCell(runs->gridModel()->index(0, 0));
        const QString pane = runs->transcriptView()->toPlainText();
        QVERIFY2(pane.contains(QStringLiteral("Runde 1 · Szenario-Prompt")), qPrintable(pane));
        QVERIFY2(pane.contains(QStringLiteral("vollständig")), qPrintable(pane));
        QVERIFY2(!pane.contains(QStringLiteral("scenario_prompt")) && !pane.contains(QStringLiteral("finish")), qPrintable(pane));
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("german-transcript")));
    }
};

QTEST_MAIN(GermanUiTest)
#include "tst_german_ui.moc"
