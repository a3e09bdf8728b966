// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <functional>

namespace sg {

// Rule files larger than this are refused before reading: a million-rule api-json file is ~350 MB.
constexpr qint64 MaxInputBytes = qint64(1) << 30;

// The bytes of a device, with `padding` spare bytes of capacity after them (simdjson reads past the
// end), and the offset of the text after a UTF-8 byte order mark. Refuses files over MaxInputBytes
// and UTF-16/32 text with a message a user understands.
struct FileBytes
{
    QByteArray bytes;
    qsizetype start = 0;  // after a UTF-8 BOM
    qsizetype length = 0; // of the text from start
    QString error;
};
FileBytes readAllPadded(QIODevice &device, qsizetype padding = 0);

// Why the first bytes of a file are no UTF-8 text SG Assist reads (UTF-16 or UTF-32, with or
// without a byte order mark), for a message; empty when they may well be UTF-8.
QString describeEncodingProblem(const QByteArray &head);

// The text of UTF-8 bytes, every character kept. QString::fromUtf8 takes a U+FEFF at the start for a
// byte order mark and drops it; inside a value (a JSON string, a YAML scalar) it is a character like
// any other, and dropping it would change the value on each read.
QString decodeUtf8(QByteArrayView utf8);

// Writes a file atomically through QSaveFile: either the whole new content is in place or the old
// file is untouched. `write` fills the device and returns false (with *error set) on failure.
// Returns an empty string on success, or the reason it failed, naming the file.
QString writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write);

} // namespace sg
