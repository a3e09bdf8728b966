// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include <QDebug>

namespace sg {

QString Credentials::maskedKeyId() const
{
    if (accessKeyId.size() <= 8)
        return QString(accessKeyId.size(), u'*');
    return accessKeyId.left(4) + QStringLiteral("****") + accessKeyId.right(4);
}

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Credentials(" << credentials.maskedKeyId() << ", " << credentials.origin << ')';
    return debug;
}

} // namespace sg
