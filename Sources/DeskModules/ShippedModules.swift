import CareVisits
import DeskKit
import ElderCertification
import ParkUpkeep
import PingPong
import Repairs
import SocialSecurity

/// The modules that ship with MicroDesk, in registry order: the one list used by the `desk` executable and by
/// every test that means "the shipped modules". Adding a module: its folder under `Plugins/`, a target line and
/// a dependency of `DeskModules` in Package.swift, and one line here (docs/writing-a-module.md, step by step).
public enum ShippedModules {
    public static var all: [any ServiceModule] {
        [
            Repairs(),
            SocialSecurity(),
            ElderCertification(),
            ParkUpkeep(),
            PingPong(),
            CareVisits(),
        ]
    }
}
