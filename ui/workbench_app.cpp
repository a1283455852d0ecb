#include "workbench_app.h"

#include "analysis_dashboard.h"
#include "application_identity.h"
#include "main_window.h"
#include "project/private_file_writer.h"
#include "protocol/guarded_application.h"
#include "protocol/json_log.h"
#include "vr_version.h"
#include "workbench_settings.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace vr::ui {
namespace {

// With no project named: the last one opened that still exists; none (the welcome page) on a first start.
QString defaultProject()
{
    for (const QString& recent : WorkbenchSettings().recentProjects.get())
        if (QFileInfo::exists(recent)) return recent;
    return {};
}

struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption view{QStringLiteral("view"), QApplication::translate("main", "The page to show: scenarios, models, runs or analysis"),
                            QStringLiteral("page")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QApplication::translate("main", "Render the page to a PNG file and quit"),
                                  QStringLiteral("file")};
    CommandLine()
    {
        parser.setApplicationDescription(QApplication::translate("main", "Design value-dilemma evaluations, probe models, analyse the results."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "The project file to open"));
        parser.addOption(view);
        parser.addOption(screenshot);
    }
};

} // namespace

void installWorkbenchTranslators(QCoreApplication& app, const QLocale& locale)
{
    // English plural forms first ("1 scenario", not "1 scenario(s)"); the locale's translation, installed later,
    // is asked first.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/valuerank_en.qm"))) app.installTranslator(english);
    auto* translator = new QTranslator(&app);
    if (!locale.name().startsWith(QLatin1String("en"))
        && translator->load(locale, QStringLiteral("valuerank"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
}

bool asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0) return true;
    return false;
}

int printHelpOrVersion(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("ValueRank"));
    app.setApplicationName(QStringLiteral("valuerank-workbench"));
    app.setApplicationVersion(QStringLiteral(VR_VERSION));
    CommandLine commandLine;
    commandLine.parser.process(app); // prints the help or the version and exits
    return 0;
}

int runWorkbench(QApplication& app)
{
    applyApplicationIdentity(app);
    if (!qEnvironmentVariableIsSet("VALUERANK_LOG_LEVEL")) JsonLogger::setMinimumLevel("warn");

    // The language follows the system locale unless the settings choose one.
    const QString language = WorkbenchSettings().language.get();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    installWorkbenchTranslators(app, locale);

    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& view = commandLine.view;
    const QCommandLineOption& screenshot = commandLine.screenshot;
    parser.process(app);

    MainWindow window;
    // Anything that reaches the event loop is said in the banner; the project keeps what it saved.
    setEventLoopErrorHandler([&window](const QString& text) { window.showMessage(text, true); });
    struct ResetHandler {
        ~ResetHandler() { setEventLoopErrorHandler(nullptr); }
    } resetHandler;
    const QString project = parser.positionalArguments().isEmpty() ? defaultProject() : parser.positionalArguments().first();
    if (!project.isEmpty() && !window.openProject(project) && parser.isSet(screenshot)) return 2;
    if (parser.isSet(view)) {
        const auto page = MainWindow::pageFromName(parser.value(view));
        if (!page) {
            std::fprintf(stderr, "valuerank-workbench: unknown view '%s'\n", qPrintable(parser.value(view)));
            return 1;
        }
        window.showPage(*page);
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Give the analysis its background computation and the layouts their first pass, then render.
        auto* poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll] {
            if (window.analysisView()->isComputing()) return;
            poll->stop();
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            bool ok = window.grab().save(&buffer, "PNG");
            try {
                if (ok) project::PrivateFileWriter::writeAll(path, png);
            } catch (const std::exception&) {
                ok = false;
            }
            std::fprintf(ok ? stdout : stderr, ok ? "Saved %s\n" : "Could not write %s\n", qPrintable(path));
            QApplication::exit(ok ? 0 : 2);
        });
        poll->start(50);
    }
    return app.exec();
}

} // namespace vr::ui
