// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <memory>

namespace sg::ui {

QString KeychainStore::serviceName()
{
    return QStringLiteral("io.github.sgassist.SGAssist");
}

void KeychainStore::run(QKeychain::Job *job, QObject *context, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Done>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, callback](QKeychain::Job *finished) {
        if (std::exchange(*answered, true))
            return;
        Result result;
        switch (finished->error()) {
        case QKeychain::NoError:
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.data = read->binaryData();
            break;
        case QKeychain::EntryNotFound:
            result.notFound = true;
            result.error = tr("the system keychain holds no key of SG Assist");
            break;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            result.error = tr("the system keychain refused access (%1)").arg(finished->errorString());
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            result.error = tr("the system keychain is not available (%1)").arg(finished->errorString());
            break;
        }
        (*callback)(result);
    });
    QTimer::singleShot(AnswerTimeoutMs, context, [answered, callback] {
        if (std::exchange(*answered, true))
            return;
        Result result;
        result.error = tr("the system keychain did not answer within %1 seconds").arg(AnswerTimeoutMs / 1000);
        (*callback)(result);
    });
    job->start();
}

void KeychainStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainStore::write(const QString &key, const QByteArray &data, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setBinaryData(data);
    run(job, context, std::move(done));
}

void KeychainStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace sg::ui
