// SPDX-FileCopyrightText: 2026 SG Assist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "keychainstore.h"

namespace sg::ui {
namespace {

SecretStore *&testStore()
{
    static SecretStore *store = nullptr;
    return store;
}

} // namespace

SecretStore &SecretStore::instance()
{
    if (testStore())
        return *testStore();
    static KeychainStore keychain;
    return keychain;
}

void SecretStore::setInstanceForTests(SecretStore *store)
{
    testStore() = store;
}

} // namespace sg::ui
