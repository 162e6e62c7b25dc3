import CareVisits
import DeskKit
import ElderCertification
import ParkUpkeep
import PingPong
import Repairs
import SocialSecurity

/// The composition root: the one place that lists the desk's modules. Adding a module is one line here.
let deskModules: [any ServiceModule] = [
    Repairs(),
    SocialSecurity(),
    ElderCertification(),
    ParkUpkeep(),
    PingPong(),
    CareVisits(),
]
