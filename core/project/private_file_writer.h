#pragma once
// Every file the product writes for the user (exports, reports, images, scenario files, the demo copy) goes
// through here: written to a temporary file beside the target, every write checked, renamed over the target
// only when all of it reached the disk. A full disk, a quota or a vanished folder leaves no partial file and
// throws ProjectError naming the path. Files that can hold transcripts are private: mode 0600 (docs/project-file.md).
#include "project/project_error.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <string_view>

namespace vr::project {

class PrivateFileWriter {
public:
    // Opens the temporary file; throws ProjectError when it cannot be created.
    explicit PrivateFileWriter(const QString& path);
    // Throws ProjectError ("Cannot write PATH: No space left on device") on a short or failed write.
    void write(std::string_view bytes);
    void write(const QByteArray& bytes) { write(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()))); }
    // Flushes, syncs and renames over the target; throws ProjectError and removes the temporary file on failure.
    void commit();
    // Writes a whole file at once.
    static void writeAll(const QString& path, const QByteArray& bytes);

private:
    [[noreturn]] void fail();
    QString m_path;
    QSaveFile m_file;
};

} // namespace vr::project
