namespace testsupport { }
