#pragma once
// The one policy for an exception that reaches the Qt event loop (a failed write on a full disk, a project that
// went read-only under a command): it never escapes into Qt. The exception becomes a sentence for the user and
// goes to the handler the program installed (the workbench's banner, the CLI's exit path); the data already
// saved stays saved. Use GuardedApplication<QCoreApplication> or GuardedApplication<QApplication> in main().
#include <QString>

#include <exception>
#include <functional>

class QEvent;
class QObject;

namespace vr {

// The user-facing text of an exception ("Cannot write …", a ProjectError's or WorkerError's message).
QString exceptionText(std::exception_ptr failure);

// Where guarded applications send the text; with no handler it is logged as a JSON error line.
void setEventLoopErrorHandler(std::function<void(const QString& text)> handler);
void reportEventLoopError(std::exception_ptr failure);

template <class Application>
class GuardedApplication : public Application {
public:
    GuardedApplication(int& argc, char** argv) : Application(argc, argv) {}
    bool notify(QObject* receiver, QEvent* event) override
    {
        try {
            return Application::notify(receiver, event);
        } catch (...) {
            reportEventLoopError(std::current_exception());
            return false;
        }
    }
};

} // namespace vr
