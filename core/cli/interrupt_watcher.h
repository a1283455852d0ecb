#pragma once
// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal, so a long command can stop cleanly from its event loop.
#include <QObject>

class QSocketNotifier;

namespace vr::cli {

class InterruptWatcher : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;
    bool interrupted() const { return m_interrupted; }

signals:
    void interruptRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace vr::cli
