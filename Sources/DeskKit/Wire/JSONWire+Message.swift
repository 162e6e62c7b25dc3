extension JSONWire.Input {
    /// The message this input stands for, said by `operatorName`: the sender's nickname is read for an address,
    /// and a desk-channel line continues `conversation` (the station's pending questions); other channels keep
    /// one conversation per group and sender.
    public func message(operatorName: String, conversation: String, addresses: AddressParser) -> Message {
        let home = sender.map { addresses.read($0) }.flatMap { $0.isEmpty ? nil : $0 }
        return Message(text, channel: channel, operatorName: operatorName,
                       conversation: channel == .desk ? conversation : nil,
                       requester: Requester(address: home, sender: sender), group: group, time: time)
    }
}
