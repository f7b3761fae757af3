// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include <QString>

#include <expected>

namespace Promissa
{

/// The one error idiom at Promissa's API boundaries: a message a user can
/// read, which names the file (or other input) and what is wrong with it.
struct Error {
    QString message;
};

template<typename T>
using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error{std::move(message)});
}

} // namespace Promissa
