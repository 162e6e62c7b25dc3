// DeskKit re-exports GRDB and swift-log so that a module can keep its own tables on the kernel's
// connection, inside the kernel's transaction, and log through the kernel's logger, while its target
// depends on `DeskKit` alone.
@_exported import GRDB
@_exported import Logging
