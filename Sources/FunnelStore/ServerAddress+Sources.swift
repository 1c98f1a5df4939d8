extension ServerAddress {
    /// The address `url` names (`postgresql://` or `postgres://`), completed as `psql` completes it:
    /// libpq's environment variables fill what the URL leaves out, then the defaults. The password
    /// file is read after, only when no password was given (`withPassword(from:)`).
    public init(url: String, environment: [String: String], loginName: String) throws(ServerAddressError) {
        self = try ConnectionURL.parse(url).filled(from: environment).resolved(loginName: loginName)
    }

    /// This address with the password the password file gives for it, when it has none yet.
    public func withPassword(from file: PasswordFile) -> ServerAddress {
        guard password == nil, let found = file.password(for: self) else { return self }
        var address = self
        address.password = ServerPassword(found)
        return address
    }
}
