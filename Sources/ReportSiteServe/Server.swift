// Serve module
