#include "project/private_file_writer.h"

namespace vr::project {

PrivateFileWriter::PrivateFileWriter(const QString& path) : m_path(path), m_file(path)
{
    // Unbuffered: each write reaches the file system now, so its failure is seen here and not lost in a flush.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) fail();
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) fail();
}

void PrivateFileWriter::write(std::string_view bytes)
{
    size_t done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_file.write(bytes.data() + done, static_cast<qint64>(bytes.size() - done));
        if (n <= 0) fail();
        done += static_cast<size_t>(n);
    }
}

void PrivateFileWriter::commit()
{
    if (!m_file.flush() || !m_file.commit()) fail();
}

void PrivateFileWriter::writeAll(const QString& path, const QByteArray& bytes)
{
    PrivateFileWriter writer(path);
    writer.write(bytes);
    writer.commit();
}

void PrivateFileWriter::fail()
{
    const QString reason = m_file.errorString().isEmpty() ? QStringLiteral("the write failed") : m_file.errorString();
    m_file.cancelWriting();
    throw ProjectError(QStringLiteral("Cannot write %1: %2. Nothing was written there.").arg(m_path, reason).toStdString());
}

} // namespace vr::project
