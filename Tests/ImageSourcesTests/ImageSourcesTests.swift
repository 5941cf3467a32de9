// ImageSourcesTests
