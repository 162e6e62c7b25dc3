import Foundation

/// A request routed to a module's service, with every required field read and checked.
public struct ServiceRequest: Sendable {
    public var service: Service
    public var fields: [String: FieldValue]
    /// The words the person wrote that started the request, normalised.
    public var text: String
    public var requester: Requester
    public var channel: Channel
    /// When the request was made (the message's time for relayed messages).
    public var time: Date
    /// Who is at the desk (for relayed messages, the relay's operator).
    public var operatorName: String
    /// The WeChat group a relayed message came from.
    public var group: String?
    /// A case already opened for this request while fields were missing; ``CaseBook/open(_:)`` completes it.
    public var pendingCase: String?
    /// The danger to a person the kernel recognised in the request (`seeds/desk/emergencies.yaml`): the module
    /// must treat the request as urgent. The reply's safety instruction is added by the kernel.
    public var emergency: Emergency?
    /// The service station the request was received at (the case records it); nil when none is known.
    public var station: String?

    public init(service: Service, fields: [String: FieldValue], text: String, requester: Requester, channel: Channel,
                time: Date, operatorName: String, group: String? = nil, pendingCase: String? = nil,
                emergency: Emergency? = nil, station: String? = nil) {
        self.service = service; self.fields = fields; self.text = text; self.requester = requester
        self.channel = channel; self.time = time; self.operatorName = operatorName; self.group = group
        self.pendingCase = pendingCase; self.emergency = emergency; self.station = station
    }

    public subscript(_ code: String) -> FieldValue? { fields[code] }
}

/// Who a request is for.
public struct Requester: Hashable, Codable, Sendable {
    public var name: String?
    public var phone: PhoneNumber?
    public var address: Address?
    /// The group nickname a relayed message came from (`7-1-302 李阿姨`).
    public var sender: String?

    public init(name: String? = nil, phone: PhoneNumber? = nil, address: Address? = nil, sender: String? = nil) {
        self.name = name; self.phone = phone; self.address = address; self.sender = sender
    }

    /// How the requester is shown: name or nickname, masked phone.
    public var display: String {
        [name ?? sender, phone?.masked].compactMap { $0 }.joined(separator: " ")
    }
}
