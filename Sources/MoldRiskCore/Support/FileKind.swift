import Foundation

/// What kind of file a path names, in words, for a message that refuses a file that is not a
/// regular one (`merge` of a FIFO, a scenario that is a device): the user learns what it is,
/// not a misleading "permission denied".
package enum FileKind {
    /// `a FIFO (named pipe)`, `a character device`, …, for the file type bits of `mode`.
    package static func name(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }
}
