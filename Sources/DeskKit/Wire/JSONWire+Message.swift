extension JSONWire.Input {
    /// The message this input stands for, said by `operatorName`: the sender's nickname is read for an address,
    /// and a desk-channel line continues `conversation` (the window's pending questions) — each sender named in
    /// the input with a conversation of its own; other channels keep one conversation per group and sender.
    public func message(operatorName: String, conversation: String, addresses: AddressParser) -> Message {
        let home = sender.map { addresses.read($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let key = sender.map { "\(conversation):\($0)" } ?? conversation
        return Message(text, channel: channel, operatorName: operatorName,
                       conversation: channel == .desk ? key : nil,
                       requester: Requester(address: home, sender: sender), group: group, time: time, station: station)
    }
}
