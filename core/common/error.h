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
    /// What a caller may want to tell apart; scripts see it as the exit code.
    enum class Kind {
        Failed, ///< input or environment is wrong (file missing, bad data, I/O)
        NotFound, ///< the id, number or file asked for does not exist
        Conflict, ///< somebody else changed the row since it was read
        Refused, ///< a database that is not ours, from the future, or damaged
    };
    QString message;
    Kind kind = Kind::Failed;
};

template<typename T>
using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, Error::Kind kind = Error::Kind::Failed)
{
    return std::unexpected<Error>(Error{std::move(message), kind});
}

} // namespace Promissa
