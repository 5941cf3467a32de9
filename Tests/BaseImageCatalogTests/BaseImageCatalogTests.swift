// BaseImageCatalogTests
