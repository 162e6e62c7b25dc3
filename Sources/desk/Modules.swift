import DeskKit
import DeskModules

/// The modules this desk registers: the shipped ones (`Sources/DeskModules/ShippedModules.swift`).
let deskModules: [any ServiceModule] = ShippedModules.all
