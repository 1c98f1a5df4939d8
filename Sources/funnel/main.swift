import FunnelCLI
FunnelMain.run()
