#pragma once
// Runs an asynchronous job (an object with start(), isFinished() and a finished() signal) to its end in a local
// event loop: how the workers, the CLI and the demo builder use the same asynchronous core the GUI drives.
#include <QEventLoop>
#include <QObject>

namespace vr {

template <typename Job>
void runToCompletion(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished()) loop.exec();
}

} // namespace vr
