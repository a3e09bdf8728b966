// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileio.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringDecoder>

namespace sg {
namespace {

// The translation context of these free functions' messages: "sg", where lupdate has always filed them.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(sg)
};

} // namespace

QString decodeUtf8(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

QString describeEncodingProblem(const QByteArray &head)
{
    if (head.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) || head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return Messages::tr("the file is UTF-32 text; save it as UTF-8");
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Messages::tr("the file is UTF-16 text; save it as UTF-8");
    // UTF-16 without a byte order mark: ASCII text with every other byte zero.
    if (head.size() >= 4 && ((head[0] == 0 && head[1] != 0 && head[2] == 0) || (head[0] != 0 && head[1] == 0 && head[3] == 0))) {
        return Messages::tr("the file looks like UTF-16 text; save it as UTF-8");
    }
    return {};
}

FileBytes readAllPadded(QIODevice &device, qsizetype padding)
{
    FileBytes out;
    const qint64 known = device.isSequential() ? -1 : device.size() - device.pos();
    if (known > MaxInputBytes) {
        out.error = Messages::tr("the file is %1 MB; files over %2 MB are not read")
                        .arg(known >> 20)
                        .arg(MaxInputBytes >> 20);
        return out;
    }
    if (known >= 0) {
        out.bytes.reserve(qsizetype(known) + padding + 1);
        out.bytes.resize(qsizetype(known));
        const qint64 got = device.read(out.bytes.data(), known);
        if (got < 0) {
            out.error = Messages::tr("could not read the file: %1").arg(device.errorString());
            return out;
        }
        out.bytes.resize(qsizetype(got));
    }
    // Sequential devices, or a file that grew while being read.
    char chunk[1 << 16];
    for (;;) {
        const qint64 got = device.read(chunk, sizeof chunk);
        if (got < 0) {
            out.error = Messages::tr("could not read the file: %1").arg(device.errorString());
            return out;
        }
        if (got == 0)
            break;
        if (out.bytes.size() + got > MaxInputBytes) {
            out.error = Messages::tr("the file is larger than %1 MB and is not read").arg(MaxInputBytes >> 20);
            out.bytes.clear();
            return out;
        }
        out.bytes.append(chunk, qsizetype(got));
    }
    if (out.bytes.capacity() < out.bytes.size() + padding)
        out.bytes.reserve(out.bytes.size() + padding);
    if (const QString problem = describeEncodingProblem(out.bytes.left(8)); !problem.isEmpty()) {
        out.error = problem;
        return out;
    }
    out.start = out.bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    out.length = out.bytes.size() - out.start;
    return out;
}

QString writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Messages::tr("cannot write %1: %2").arg(path, file.errorString());
    QString error;
    if (!write(file, &error)) {
        file.cancelWriting();
        return Messages::tr("cannot write %1: %2").arg(path, error.isEmpty() ? file.errorString() : error);
    }
    if (!file.commit())
        return Messages::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace sg
